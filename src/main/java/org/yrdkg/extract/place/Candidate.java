package org.yrdkg.extract.place;

import java.util.ArrayList;
import java.util.List;

import org.yrdkg.extract.model.EntityType;

/** A gazetteer match being resolved: the places it may stand for, narrowed step by step. */
final class Candidate {

    final int start;
    final int end;
    final AliasTrie.Key key;
    /** divisions this span may name; narrowed by run-ons and context, resolved when one remains */
    List<Gazetteer.Alias> options;
    /** the adjacent preceding candidate that contains this one (杭州 for 余杭 in 杭州余杭) */
    Candidate parent;
    /** the adjacent following candidate this one contains (余杭 for 杭州 in 杭州余杭) */
    Candidate child;
    /** how HanLP's dictionary reads the surface, for standalone names (null in run-ons) */
    WordSignals.Reading reading;
    boolean dropped;

    Candidate(AliasTrie.Hit hit) {
        this.start = hit.start();
        this.end = hit.end();
        this.key = hit.key();
        this.options = hit.key().isDivision() ? new ArrayList<>(hit.key().aliases()) : List.of();
    }

    boolean isDivision() {
        return key.isDivision();
    }

    boolean inRunOn() {
        return parent != null || child != null;
    }

    boolean resolved() {
        return !dropped && options.size() == 1;
    }

    Place place() {
        return options.get(0).place();
    }

    boolean isTown() {
        return !options.isEmpty() && options.get(0).place().type() == EntityType.Town;
    }

    boolean fullName() {
        return options.get(0).kind() == Gazetteer.AliasKind.FULL;
    }

    boolean shortForm() {
        for (Gazetteer.Alias a : options) {
            if (a.kind() == Gazetteer.AliasKind.SHORT) {
                return true;
            }
        }
        return false;
    }
}

package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.counts;
import static org.yrdkg.graph.read.GraphValues.decimal;
import static org.yrdkg.graph.read.GraphValues.text;
import static org.yrdkg.graph.read.GraphValues.texts;
import static org.yrdkg.graph.read.GraphValues.whole;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * One search result: the entity, how well it matched ({@code score}: 100 exact name or id … 5 substring),
 * the place it is located in and how many facts of each type it has.
 */
public record EntityHit(String id, String name, String type, List<String> aliases, String code, long mentionCount,
                        double score, Parent parent, Map<String, Long> facts) {

    /** Where an entity sits: the entity it is located in. */
    public record Parent(String id, String name, String type) {

        static Parent of(Value value) {
            return value.isNull() ? null : new Parent(text(value.get("id")), text(value.get("name")), text(value.get("type")));
        }
    }

    static EntityHit of(MapAccessor row) {
        return new EntityHit(text(row.get("id")), text(row.get("name")), text(row.get("type")), texts(row.get("aliases")),
                text(row.get("code")), whole(row.get("mentionCount")), decimal(row.get("score")),
                Parent.of(row.get("parent")), counts(row.get("facts")));
    }

    /** The hit stands for the text when its name or an alias holds all of it (闵行 → 闵行区). */
    boolean names(String text) {
        return name.contains(text) || aliases != null && aliases.stream().anyMatch(a -> a.contains(text));
    }
}

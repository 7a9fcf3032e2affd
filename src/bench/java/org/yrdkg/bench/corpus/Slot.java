package org.yrdkg.bench.corpus;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.place.Place;

/** A span of a seed article that the generator rewrites: a place name or an organisation name. */
sealed interface Slot permits Slot.PlaceName, Slot.OrgName {

    int start();

    int end();

    /** A division written in full (闵行区) or short (闵行); replaced by another division of its level. */
    record PlaceName(int start, int end, Place place, boolean shortForm) implements Slot {
    }

    /**
     * An organisation name: replaced by a composed name of the same type and head noun, with a place
     * prefix when the seed name has one (上海人工智能研究院) or the region's (长三角…联盟).
     */
    record OrgName(int start, int end, String entityId, EntityType type, String head, Prefix prefix) implements Slot {

        enum Prefix { NONE, PLACE, REGION }
    }
}

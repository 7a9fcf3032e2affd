package org.yrdkg.graph.correction;

import java.util.List;

import org.yrdkg.extract.model.EntityType;

/** The entities a correction names, and the id of the entity an alias is split off to. */
final class Touched {

    private Touched() {
    }

    static List<String> entities(Correction c) {
        return switch (c.type()) {
            case MERGE -> List.of(c.argument("source"), c.argument("target"));
            case SPLIT -> List.of(c.argument("entity"), splitOff(c));
            case RENAME, RETYPE, ADD_ALIAS, REMOVE_ALIAS -> List.of(c.argument("entity"));
            case REJECT, CONFIRM -> List.of();
        };
    }

    /**
     * The id of the entity split off under {@code alias}: the id the extractor gives a name of that type
     * (type:name), so a later text naming it in full meets the same entity. The type is that of the
     * entity it is split from, read from that entity's id.
     */
    static String splitOff(Correction c) {
        String entity = c.argument("entity");
        int colon = entity.indexOf(':');
        String type = colon > 0 ? entity.substring(0, colon) : EntityType.Organization.name();
        return type + ":" + c.argument("alias");
    }
}

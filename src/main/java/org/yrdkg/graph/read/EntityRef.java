package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.text;
import static org.yrdkg.graph.read.GraphValues.whole;

import org.neo4j.driver.types.MapAccessor;

/** The entity a name, alias or id stands for: the ends of a path, the target or source of investments. */
public record EntityRef(String id, String name, String type, String code, long mentionCount) {

    static EntityRef of(MapAccessor row) {
        return new EntityRef(text(row.get("id")), text(row.get("name")), text(row.get("type")), text(row.get("code")),
                whole(row.get("mentionCount")));
    }

    static EntityRef of(EntityHit hit) {
        return new EntityRef(hit.id(), hit.name(), hit.type(), hit.code(), hit.mentionCount());
    }
}

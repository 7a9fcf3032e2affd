package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.text;
import static org.yrdkg.graph.read.GraphValues.whole;

import org.neo4j.driver.Value;

/** A mention inside an evidence sentence: where it is (offsets in the sentence) and which entity it names. */
public record Mark(long start, long end, String entityId, String type) {

    static Mark of(Value v) {
        return new Mark(whole(v.get("start")), whole(v.get("end")), text(v.get("entityId")), text(v.get("type")));
    }
}

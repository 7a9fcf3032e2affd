package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.counts;
import static org.yrdkg.graph.read.GraphValues.list;
import static org.yrdkg.graph.read.GraphValues.plainMap;
import static org.yrdkg.graph.read.GraphValues.text;
import static org.yrdkg.graph.read.GraphValues.texts;
import static org.yrdkg.graph.read.GraphValues.whole;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * One entity as its page shows it: names, code, its own properties, the chain of places it is located in
 * (each link official or stated by an article), mention and document counts, facts per type and the
 * corrections in force that touch it.
 */
public record EntityDetail(String id, String name, String type, List<String> aliases, String code,
                           Map<String, Object> properties, List<ParentLink> parents, long mentions, long documents,
                           Map<String, Long> facts, List<CorrectionNote> corrections) {

    /** One step up the chain: the place and where the link comes from ({@code gazetteer} or {@code text}). */
    public record ParentLink(String id, String name, String type, String origin) {

        static ParentLink of(Value v) {
            return new ParentLink(text(v.get("id")), text(v.get("name")), text(v.get("type")), text(v.get("origin")));
        }
    }

    /** A correction in force: what kind, who made it, when and why. */
    public record CorrectionNote(String id, String kind, String who, String when, String why) {

        static CorrectionNote of(Value v) {
            return new CorrectionNote(text(v.get("id")), text(v.get("kind")), text(v.get("who")), text(v.get("when")),
                    text(v.get("why")));
        }
    }

    static EntityDetail of(MapAccessor row) {
        return new EntityDetail(text(row.get("id")), text(row.get("name")), text(row.get("type")),
                texts(row.get("aliases")), text(row.get("code")), plainMap(row.get("properties")),
                list(row.get("parents"), ParentLink::of), whole(row.get("mentions")), whole(row.get("documents")),
                counts(row.get("facts")), list(row.get("corrections"), CorrectionNote::of));
    }
}

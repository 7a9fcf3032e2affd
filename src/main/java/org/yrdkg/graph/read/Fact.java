package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.decimal;
import static org.yrdkg.graph.read.GraphValues.list;
import static org.yrdkg.graph.read.GraphValues.text;
import static org.yrdkg.graph.read.GraphValues.whole;

import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * One fact of an entity's page: its type and direction seen from the entity, both ends and the other one,
 * amount and project (investments), date, where it comes from, how often and in how many documents it is
 * stated, whether an analyst confirmed it, the corrections that touched it, and evidence sentences.
 */
public record Fact(String id, String type, String direction, String sourceId, String source, String targetId,
                   String target, String otherId, String other, String otherType, Long amountCny, String amountQualifier,
                   String project, String date, String origin, Double confidence, Long mentions, Long documentCount,
                   boolean confirmed, List<String> corrections, List<Evidence> evidence) {

    /** A sentence that states the fact, with its document and the mentions in it. */
    public record Evidence(String sentenceId, String text, String documentId, String document, String title,
                           String date, List<Mark> marks) {

        static Evidence of(Value v) {
            return new Evidence(GraphValues.text(v.get("sentenceId")),
                    GraphValues.text(v.get("text")), GraphValues.text(v.get("documentId")),
                    GraphValues.text(v.get("document")), GraphValues.text(v.get("title")),
                    GraphValues.text(v.get("date")), list(v.get("marks"), Mark::of));
        }
    }

    static Fact of(MapAccessor row) {
        return new Fact(text(row.get("id")), text(row.get("type")), text(row.get("direction")), text(row.get("sourceId")),
                text(row.get("source")), text(row.get("targetId")), text(row.get("target")), text(row.get("otherId")),
                text(row.get("other")), text(row.get("otherType")), whole(row.get("amountCny")),
                text(row.get("amountQualifier")), text(row.get("project")), text(row.get("date")), text(row.get("origin")),
                decimal(row.get("confidence")), whole(row.get("mentions")), whole(row.get("documentCount")),
                row.get("confirmed").asBoolean(false), list(row.get("corrections"), GraphValues::text),
                list(row.get("evidence"), Evidence::of));
    }
}

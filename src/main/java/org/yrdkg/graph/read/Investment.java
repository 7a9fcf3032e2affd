package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.text;
import static org.yrdkg.graph.read.GraphValues.whole;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

/** One INVESTS_IN fact: who invests how much (yuan) where, in which project, and the sentences that say so. */
public record Investment(String sourceId, String source, String targetId, String target, Long amountCny,
                         String amountQualifier, String project, String date, String origin, Long mentions,
                         Long documentCount, List<Evidence> evidence) {

    /** A row of read/investments: the fact without its evidence (read for one page only) and its id to read it by. */
    record Row(String factId, Investment investment) {

        static Row of(MapAccessor row) {
            return new Row(text(row.get("factId")), new Investment(text(row.get("sourceId")), text(row.get("source")),
                    text(row.get("targetId")), text(row.get("target")), whole(row.get("amountCny")),
                    text(row.get("amountQualifier")), text(row.get("project")), text(row.get("date")),
                    text(row.get("origin")), whole(row.get("mentions")), whole(row.get("documentCount")), List.of()));
        }
    }

    Investment withEvidence(List<Evidence> sentences) {
        return new Investment(sourceId, source, targetId, target, amountCny, amountQualifier, project, date, origin,
                mentions, documentCount, sentences);
    }
}

package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.list;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * A sentence that states a fact (an investment, a step of a path, the fact a correction names), with its document
 * and the mentions in it.
 */
public record Evidence(String sentenceId, String text, String documentId, String document, String date, List<Mark> marks) {

    public static Evidence of(Value v) {
        // GraphValues.text in full: the record's own text() hides the static import
        return new Evidence(GraphValues.text(v.get("sentenceId")), GraphValues.text(v.get("text")),
                GraphValues.text(v.get("documentId")), GraphValues.text(v.get("document")), GraphValues.text(v.get("date")),
                list(v.get("marks"), Mark::of));
    }
}

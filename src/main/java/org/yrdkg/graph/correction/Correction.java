package org.yrdkg.graph.correction;

import java.util.Map;

/**
 * An analyst's correction as it is stored, listed, exported and imported: what ({@code kind} and its
 * {@code arguments}), who, when (ISO-8601 instant), why, and whether it has been reverted.
 */
public record Correction(String id, String kind, String who, String when, String why,
                         Map<String, String> arguments, boolean reverted) {

    public CorrectionKind type() {
        return CorrectionKind.of(kind).orElseThrow();
    }

    public String argument(String name) {
        return arguments.get(name);
    }

    Correction asReverted() {
        return new Correction(id, kind, who, when, why, arguments, true);
    }
}

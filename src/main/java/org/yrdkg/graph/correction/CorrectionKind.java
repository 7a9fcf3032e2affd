package org.yrdkg.graph.correction;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an analyst can correct, with the arguments each kind takes (entity and fact ids, names). */
public enum CorrectionKind {
    MERGE("merge", "source", "target"),
    SPLIT("split", "entity", "alias"),
    RENAME("rename", "entity", "name"),
    RETYPE("retype", "entity", "type"),
    ADD_ALIAS("add-alias", "entity", "alias"),
    REMOVE_ALIAS("remove-alias", "entity", "alias"),
    REJECT("reject", "fact"),
    CONFIRM("confirm", "fact");

    private final String wire;
    private final List<String> arguments;

    CorrectionKind(String wire, String... arguments) {
        this.wire = wire;
        this.arguments = List.of(arguments);
    }

    /** The name in JSON and the graph, e.g. {@code add-alias}. */
    public String wire() {
        return wire;
    }

    public List<String> arguments() {
        return arguments;
    }

    public boolean onFact() {
        return this == REJECT || this == CONFIRM;
    }

    /** Moves mentions and statements between entities (the others reshape one entity or fact in place). */
    public boolean movesEvidence() {
        return this == MERGE || this == SPLIT;
    }

    public static Optional<CorrectionKind> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(CorrectionKind::wire).toList();
    }
}

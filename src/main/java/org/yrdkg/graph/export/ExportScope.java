package org.yrdkg.graph.export;

import java.util.List;

/**
 * Which part of the graph an export holds: the entities with these ids and the facts between them, or
 * (ids null) every entity and fact.
 */
public record ExportScope(List<String> ids) {

    public static ExportScope wholeGraph() {
        return new ExportScope(null);
    }

    public ExportScope {
        ids = ids == null ? null : List.copyOf(ids);
    }
}

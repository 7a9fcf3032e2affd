package org.yrdkg.graph.read;

import java.util.List;

/**
 * Nodes and edges in the shape Cytoscape.js reads: {@code {elements: {nodes: [{data: {id, label, type, …}}],
 * edges: [{data: {id, source, target, type, …}}]}}}.
 *
 * @param center    id of the entity the view is drawn around
 * @param depth     how many steps out it reaches
 * @param truncated true when the node limit cut the neighbourhood short
 */
public record GraphView(String center, int depth, boolean truncated, Elements elements) {

    public record Elements(List<Element<NodeData>> nodes, List<Element<EdgeData>> edges) {
    }

    /** Cytoscape.js keeps an element's own fields under {@code data}. */
    public record Element<T>(T data) {
    }

    /**
     * An entity of the view: its name as the label, how many times it is mentioned, and how many fact steps it is
     * from the centre (0 for the centre).
     */
    public record NodeData(String id, String label, String type, String code, Long mentionCount, Long depth) {
    }

    /** A fact of the view; its type is its label. Amount and project for an investment, null otherwise. */
    public record EdgeData(String id, String source, String target, String type, String label, Long amountCny,
                           String project, String date, String origin, Long mentions) {
    }
}

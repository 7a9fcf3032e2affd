package org.yrdkg.graph.read;

import java.util.List;
import java.util.Map;

/**
 * Nodes and edges in the shape Cytoscape.js reads: {@code {elements: {nodes: [{data: {id, label, type, …}}],
 * edges: [{data: {id, source, target, type, …}}]}}}.
 *
 * @param center    id of the entity the view is drawn around
 * @param depth     how many steps out it reaches
 * @param truncated true when the node limit cut the neighbourhood short
 */
public record GraphView(String center, int depth, boolean truncated, Elements elements) {

    public record Elements(List<Element> nodes, List<Element> edges) {
    }

    public record Element(Map<String, Object> data) {
    }
}

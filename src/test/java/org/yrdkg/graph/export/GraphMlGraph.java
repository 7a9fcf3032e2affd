package org.yrdkg.graph.export;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;

/**
 * An exported GraphML file as JGraphT's GraphML reader (schema-validating) sees it: the graph, and the
 * attributes of each node (by its id) and edge.
 */
public record GraphMlGraph(Graph<String, DefaultEdge> graph, Map<String, Map<String, Attribute>> nodes,
                           Map<DefaultEdge, Map<String, Attribute>> edges) {

    public static GraphMlGraph read(InputStream in) {
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        Map<String, Map<String, Attribute>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edges = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(true);
        importer.addVertexAttributeConsumer((key, value) ->
                nodes.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), value));
        importer.addEdgeAttributeConsumer((key, value) ->
                edges.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), value));
        importer.importGraph(graph, in);
        return new GraphMlGraph(graph, nodes, edges);
    }

    /** An attribute of the node of an entity, by the entity's id. */
    public String node(String entityId, String attribute) {
        Attribute value = nodes.getOrDefault(GraphMlSink.elementId(entityId), Map.of()).get(attribute);
        return value == null ? null : value.getValue();
    }

    /** The entity ids of the nodes, as their {@code id} attribute holds them. */
    public java.util.Set<String> entityIds() {
        return graph.vertexSet().stream().map(v -> nodes.get(v).get("id").getValue())
                .collect(java.util.stream.Collectors.toSet());
    }

    public String entityId(String vertex) {
        return nodes.get(vertex).get("id").getValue();
    }
}

package org.yrdkg.graph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The entities within a few fact steps of one entity, in one query ({@code cypher/read/neighborhood.cypher})
 * bounded at every hop, so a hub cannot blow it up: it stops at the node limit and says so.
 */
@Component
public class Neighborhood {

    /**
     * Facts followed from each node beyond the centre. A province has thousands; a view of a few hundred nodes
     * shows a sample of each neighbour's own neighbours, as the bench's expected Cypher does (20).
     */
    static final int FANOUT = 20;

    private static final List<String> NODE_KEYS = List.of("id", "name", "type", "code", "mentionCount", "depth");
    private static final List<String> EDGE_KEYS = List.of("amountCny", "project", "date", "origin", "mentions");

    private final GraphReader reader;

    public Neighborhood(GraphReader reader) {
        this.reader = reader;
    }

    public GraphView around(String id, int depth, String type, int maxNodes) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("depth", depth);
        params.put("type", type);
        params.put("limit", maxNodes);
        params.put("fanout", FANOUT);
        Map<String, Object> row = reader.rows("read/neighborhood", params).stream().findFirst()
                .orElseThrow(() -> EntityReads.unknown(id));
        List<GraphView.Element> nodes = new ArrayList<>();
        nodes.add(new GraphView.Element(nodeData(map(row.get("center")))));
        for (Object node : (List<?>) row.get("nodes")) {
            nodes.add(new GraphView.Element(nodeData(map(node))));
        }
        // a fact is seen from both its ends, and from the centre's side as well
        Map<Object, GraphView.Element> edges = new LinkedHashMap<>();
        for (Object edge : (List<?>) row.get("edges")) {
            Map<String, Object> e = map(edge);
            edges.computeIfAbsent(e.get("id"), k -> new GraphView.Element(edgeData(e)));
        }
        return new GraphView(id, depth, Boolean.TRUE.equals(row.get("truncated")),
                new GraphView.Elements(nodes, List.copyOf(edges.values())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> nodeData(Map<String, Object> node) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String key : NODE_KEYS) {
            data.put(key.equals("name") ? "label" : key, node.get(key));
        }
        return data;
    }

    private static Map<String, Object> edgeData(Map<String, Object> edge) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", edge.get("id"));
        data.put("source", edge.get("source"));
        data.put("target", edge.get("target"));
        data.put("type", edge.get("type"));
        data.put("label", edge.get("type"));
        for (String key : EDGE_KEYS) {
            data.put(key, edge.get(key));
        }
        return data;
    }
}

package org.yrdkg.graph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The entities within a few fact steps of one entity, walked breadth first one step per query, so a
 * hub cannot blow the walk up: it stops at the node limit and says so.
 */
@Component
public class Neighborhood {

    private final GraphReader reader;
    private final EntityReads entities;

    public Neighborhood(GraphReader reader, EntityReads entities) {
        this.reader = reader;
        this.entities = entities;
    }

    public GraphView around(String id, int depth, String type, int maxNodes) {
        Map<String, Object> center = entities.detail(id);
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        nodes.put(id, nodeData(id, (String) center.get("name"), (String) center.get("type"), center.get("code"),
                center.get("mentions"), 0));
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        Set<String> frontier = new LinkedHashSet<>(List.of(id));
        boolean truncated = false;
        for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
            Map<String, Object> params = new HashMap<>();
            params.put("frontier", List.copyOf(frontier));
            params.put("type", type);
            params.put("limit", maxNodes * 10);
            Set<String> next = new LinkedHashSet<>();
            for (Map<String, Object> row : reader.rows("read/neighbors-step", params)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> neighbor = (Map<String, Object>) row.get("neighbor");
                String nid = (String) neighbor.get("id");
                if (!nodes.containsKey(nid)) {
                    if (nodes.size() >= maxNodes) {
                        truncated = true;
                        continue;
                    }
                    nodes.put(nid, nodeData(nid, (String) neighbor.get("name"), (String) neighbor.get("type"),
                            neighbor.get("code"), neighbor.get("mentionCount"), step));
                    next.add(nid);
                }
                edges.putIfAbsent((String) row.get("id"), edgeData(row));
            }
            frontier = next;
        }
        List<GraphView.Element> edgeList = edges.values().stream()
                .filter(e -> nodes.containsKey((String) e.get("source")) && nodes.containsKey((String) e.get("target")))
                .map(GraphView.Element::new).toList();
        return new GraphView(id, depth, truncated, new GraphView.Elements(
                nodes.values().stream().map(GraphView.Element::new).toList(), edgeList));
    }

    private static Map<String, Object> nodeData(String id, String name, String type, Object code, Object mentions, int depth) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("label", name);
        data.put("type", type);
        data.put("code", code);
        data.put("mentionCount", mentions);
        data.put("depth", depth);
        return data;
    }

    private static Map<String, Object> edgeData(Map<String, Object> row) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", row.get("id"));
        data.put("source", row.get("source"));
        data.put("target", row.get("target"));
        data.put("type", row.get("type"));
        data.put("label", row.get("type"));
        for (String key : List.of("amountCny", "project", "date", "origin", "mentions")) {
            data.put(key, row.get(key));
        }
        return data;
    }
}

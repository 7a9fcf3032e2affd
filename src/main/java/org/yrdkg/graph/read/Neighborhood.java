package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.list;
import static org.yrdkg.graph.read.GraphValues.text;
import static org.yrdkg.graph.read.GraphValues.whole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
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

    /** The query's one row: the centre, the nodes around it, the facts between them, whether the limit cut it. */
    private record Row(GraphView.NodeData center, List<GraphView.NodeData> nodes, List<GraphView.EdgeData> edges,
                       boolean truncated) {

        static Row of(MapAccessor row) {
            return new Row(node(row.get("center")), list(row.get("nodes"), Row::node), list(row.get("edges"), Row::edge),
                    row.get("truncated").asBoolean(false));
        }

        private static GraphView.NodeData node(Value v) {
            return new GraphView.NodeData(text(v.get("id")), text(v.get("name")), text(v.get("type")), text(v.get("code")),
                    whole(v.get("mentionCount")), whole(v.get("depth")));
        }

        private static GraphView.EdgeData edge(Value v) {
            return new GraphView.EdgeData(text(v.get("id")), text(v.get("source")), text(v.get("target")),
                    text(v.get("type")), text(v.get("type")), whole(v.get("amountCny")), text(v.get("project")),
                    text(v.get("date")), text(v.get("origin")), whole(v.get("mentions")));
        }
    }

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
        Row row = reader.read("read/neighborhood", params, Row::of).stream().findFirst()
                .orElseThrow(() -> EntityReads.unknown(id));
        List<GraphView.Element<GraphView.NodeData>> nodes = new ArrayList<>();
        nodes.add(new GraphView.Element<>(row.center()));
        row.nodes().forEach(node -> nodes.add(new GraphView.Element<>(node)));
        // a fact is seen from both its ends, and from the centre's side as well
        Map<String, GraphView.Element<GraphView.EdgeData>> edges = new LinkedHashMap<>();
        for (GraphView.EdgeData edge : row.edges()) {
            edges.putIfAbsent(edge.id(), new GraphView.Element<>(edge));
        }
        return new GraphView(id, depth, row.truncated(), new GraphView.Elements(nodes, List.copyOf(edges.values())));
    }
}

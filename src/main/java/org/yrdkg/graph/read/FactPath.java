package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.list;
import static org.yrdkg.graph.read.GraphValues.text;
import static org.yrdkg.graph.read.GraphValues.whole;

import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** A chain of facts between two entities ({@code cypher/read/paths.cypher}): its entities in order, and each fact on it. */
public record FactPath(List<Node> nodes, List<Edge> edges) {

    public record Node(String id, String name, String type) {

        static Node of(Value v) {
            return new Node(text(v.get("id")), text(v.get("name")), text(v.get("type")));
        }
    }

    /** One fact of the path as stored (source to target, whichever way the path walks it), with its evidence. */
    public record Edge(String type, String sourceId, String source, String targetId, String target, Long amountCny,
                       String project, String date, String origin, Long mentions, Long documentCount,
                       List<Evidence> evidence) {

        static Edge of(Value v) {
            return new Edge(text(v.get("type")), text(v.get("sourceId")), text(v.get("source")), text(v.get("targetId")),
                    text(v.get("target")), whole(v.get("amountCny")), text(v.get("project")), text(v.get("date")),
                    text(v.get("origin")), whole(v.get("mentions")), whole(v.get("documentCount")),
                    list(v.get("evidence"), Evidence::of));
        }
    }

    static FactPath of(MapAccessor row) {
        return new FactPath(list(row.get("nodes"), Node::of), list(row.get("edges"), Edge::of));
    }
}

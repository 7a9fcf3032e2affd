package org.yrdkg.graph;

import org.neo4j.driver.Driver;

/** Node, relationship and property counts of the whole graph: equal counts, same graph (for these tests). */
public record GraphCounts(long nodes, long relationships, long nodeProperties, long relationshipProperties) {

    public static GraphCounts of(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var n = tx.run("MATCH (n) RETURN count(n) AS c, sum(size(keys(n))) AS p").single();
                var r = tx.run("MATCH ()-[r]->() RETURN count(r) AS c, sum(size(keys(r))) AS p").single();
                return new GraphCounts(n.get("c").asLong(), r.get("c").asLong(), n.get("p").asLong(0), r.get("p").asLong(0));
            });
        }
    }
}

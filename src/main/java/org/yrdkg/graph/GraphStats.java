package org.yrdkg.graph;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** What the graph holds, counted. */
@Component
public class GraphStats {

    public record Stats(long documents, long sentences, long entities, Map<String, Long> entitiesByType,
                        Map<String, Long> relationshipsByType, ZonedDateTime lastLoad) {
    }

    private final Neo4jClient client;

    public GraphStats(Neo4jClient client) {
        this.client = client;
    }

    public Stats read() {
        var row = client.query(CypherFiles.query("read/stats")).fetch().one().orElseThrow();
        var last = client.query(CypherFiles.query("read/last-load")).fetchAs(ZonedDateTime.class)
                .mappedBy((types, record) -> record.get("lastLoad").isNull() ? null : record.get("lastLoad").asZonedDateTime())
                .one().orElse(null);
        return new Stats(((Number) row.get("documents")).longValue(), ((Number) row.get("sentences")).longValue(),
                ((Number) row.get("entities")).longValue(), asMap(row.get("entitiesByType")),
                asMap(row.get("relationshipsByType")), last);
    }

    /** Counts by name, in the query's order. */
    private static Map<String, Long> asMap(Object value) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((name, count) -> counts.put((String) name, ((Number) count).longValue()));
        return counts;
    }
}

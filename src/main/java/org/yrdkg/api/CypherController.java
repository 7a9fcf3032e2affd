package org.yrdkg.api;

import java.time.Duration;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yrdkg.graph.query.CypherResult;
import org.yrdkg.graph.query.ReadOnlyCypher;
import org.yrdkg.graph.read.BadParameterException;

@RestController
@RequestMapping("/api/cypher")
class CypherController {

    /**
     * @param timeoutMs time limit in milliseconds, at most the configured yrdkg.cypher.timeout
     * @param maxRows   row limit, at most the configured yrdkg.cypher.max-rows
     */
    record CypherRequest(@Schema(example = "MATCH (e:District) RETURN e.name AS name LIMIT $n") String query,
                         @Schema(example = "{\"n\": 5}") Map<String, Object> params,
                         Long timeoutMs, Integer maxRows) {
    }

    private final ReadOnlyCypher cypher;

    CypherController(ReadOnlyCypher cypher) {
        this.cypher = cypher;
    }

    @Operation(summary = "Run a read-only Cypher query",
            description = "Checked before it runs: one statement, planned by Neo4j (EXPLAIN) as READ_ONLY, no LOAD CSV, "
                    + "no CALL … IN TRANSACTIONS, only the read procedures db.labels, db.relationshipTypes, db.propertyKeys, "
                    + "db.schema.*, db.index.fulltext.queryNodes/queryRelationships. Refusals are 400 with the reason, "
                    + "time-outs 504, results beyond the row limit are cut with `truncated: true`. Values go in `params` only. "
                    + "Example: `curl -H 'Content-Type: application/json' -d '{\"query\": \"MATCH (e:Entity {name: $name})-[r]-(o:Entity) "
                    + "RETURN type(r), o.name\", \"params\": {\"name\": \"闵行区\"}}' http://localhost:8080/api/cypher`.")
    @PostMapping
    CypherResult run(@RequestBody CypherRequest request) {
        if (request.query() == null || request.query().isBlank()) {
            throw new BadParameterException("query", "The body needs a 'query'.");
        }
        if (request.timeoutMs() != null && request.timeoutMs() <= 0) {
            throw new BadParameterException("timeoutMs", "'timeoutMs' must be positive.");
        }
        if (request.maxRows() != null && request.maxRows() <= 0) {
            throw new BadParameterException("maxRows", "'maxRows' must be positive.");
        }
        Duration timeout = request.timeoutMs() == null ? null : Duration.ofMillis(request.timeoutMs());
        return cypher.checkAndRun(request.query(), request.params(), timeout, request.maxRows());
    }
}

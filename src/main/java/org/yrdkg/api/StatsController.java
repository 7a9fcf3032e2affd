package org.yrdkg.api;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yrdkg.graph.GraphStats;

@RestController
@RequestMapping("/api/stats")
class StatsController {

    private final GraphStats stats;

    StatsController(GraphStats stats) {
        this.stats = stats;
    }

    /** Counts of documents, entities per type and relationships per type, and when the last load was. */
    @Operation(summary = "What the graph holds: counts by label and relationship type, documents, last load",
            description = "Example: `curl http://localhost:8080/api/stats`.")
    @GetMapping
    GraphStats.Stats stats() {
        return stats.read();
    }
}

package org.yrdkg.api;

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
    @GetMapping
    GraphStats.Stats stats() {
        return stats.read();
    }
}

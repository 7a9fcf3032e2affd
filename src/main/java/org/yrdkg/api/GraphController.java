package org.yrdkg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.hibernate.validator.constraints.Range;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.graph.read.EntityLookup;
import org.yrdkg.graph.read.GraphView;
import org.yrdkg.graph.read.Neighborhood;
import org.yrdkg.graph.read.PathFinder;

@RestController
@RequestMapping("/api")
class GraphController {

    private final EntityLookup lookup;
    private final Neighborhood neighborhood;
    private final PathFinder paths;

    GraphController(EntityLookup lookup, Neighborhood neighborhood, PathFinder paths) {
        this.lookup = lookup;
        this.neighborhood = neighborhood;
        this.paths = paths;
    }

    @Operation(summary = "A graph view around an entity given by name, alias or id (Cytoscape.js elements)",
            description = "Same answer as /api/entities/{id}/neighbors, but the entity may be named. Example: "
                    + "`curl 'http://localhost:8080/api/graph?entity=闵行&depth=2'`.")
    @GetMapping("/graph")
    GraphView graph(@Parameter(description = "name, alias or id", example = "闵行区") @RequestParam(required = false) @RequiredText String entity,
                    @Parameter(example = "2") @RequestParam(defaultValue = "1") @Range(min = 1, max = 3) int depth,
                    @Parameter(example = "COOPERATES_WITH") @RequestParam(required = false) @OneOf(constants = RelationType.class) String type,
                    @RequestParam(defaultValue = "200") @Range(min = 1, max = 2000) int limit) {
        String id = lookup.require("entity", entity).id();
        return neighborhood.around(id, depth, OneOf.Check.canonical(type, RelationType.class), limit);
    }

    @Operation(summary = "The shortest path between two entities over the facts, each edge with its evidence",
            description = "`from` and `to` are names, aliases or ids; paths go over COOPERATES_WITH, INVESTS_IN and "
                    + "LOCATED_IN only (never through sentences or documents), at most `maxHops` (1..8) long; "
                    + "`paths` holds the shortest one, or none. "
                    + "Example: `curl 'http://localhost:8080/api/paths?from=莘庄工业区&to=淮南市&maxHops=4'`.")
    @GetMapping("/paths")
    PathFinder.Paths paths(@Parameter(example = "莘庄工业区") @RequestParam(required = false) @RequiredText String from,
                           @Parameter(example = "淮南市") @RequestParam(required = false) @RequiredText String to,
                           @Parameter(example = "4") @RequestParam(defaultValue = "4") @Range(min = 1, max = PathFinder.MAX_HOPS) int maxHops) {
        return paths.between(from, to, maxHops);
    }
}

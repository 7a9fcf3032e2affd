package org.yrdkg.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.hibernate.validator.constraints.Range;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.graph.read.EntityDetail;
import org.yrdkg.graph.read.EntityHit;
import org.yrdkg.graph.read.EntityLookup;
import org.yrdkg.graph.read.EntityReads;
import org.yrdkg.graph.read.GraphView;
import org.yrdkg.graph.read.Neighborhood;
import org.yrdkg.graph.read.SearchText;

@RestController
@RequestMapping("/api/entities")
class EntityController {

    /** Search answer: the text as typed and as searched (Simplified), and the ranked matches. */
    record SearchResult(String q, String searched, String type, int count, List<EntityHit> results) {
    }

    private final EntityLookup lookup;
    private final EntityReads entities;
    private final Neighborhood neighborhood;

    EntityController(EntityLookup lookup, EntityReads entities, Neighborhood neighborhood) {
        this.lookup = lookup;
        this.entities = entities;
        this.neighborhood = neighborhood;
    }

    @Operation(summary = "Search entities by name or alias",
            description = "Traditional or Simplified input; short forms and partial names find the canonical entity. "
                    + "Ranked: exact name or id, exact alias, prefix, full-text (CJK bigrams), substring. "
                    + "Example: `curl 'http://localhost:8080/api/entities?q=閔行'` finds 闵行区; "
                    + "`GET /api/entities?q=高新区&type=Park&limit=5`.")
    @GetMapping
    SearchResult search(@Parameter(description = "name, alias or part of one", example = "闵行") @RequestParam(required = false) @RequiredText String q,
                        @Parameter(description = "entity type: Region, Province, City, District, Town, Park, Company, Platform, Organization", example = "District")
                        @RequestParam(required = false) @OneOf(constants = EntityType.class) String type,
                        @Parameter(description = "results at most (1..100)", example = "20") @RequestParam(defaultValue = "20") @Range(min = 1, max = 100) int limit) {
        String text = q.strip();
        String label = OneOf.Check.canonical(type, EntityType.class);
        var results = lookup.search(text, label, limit);
        return new SearchResult(text, SearchText.of(text).simplified(), label, results.size(), results);
    }

    @Operation(summary = "One entity: properties, aliases, code, parent chain, mention and document counts",
            description = "Ids are division codes for places (闵行区 = 310112) and TYPE:NAME otherwise. "
                    + "404 for an unknown id. Example: `curl http://localhost:8080/api/entities/310112`.")
    @GetMapping("/{id}")
    EntityDetail entity(@Parameter(example = "310112") @PathVariable String id) {
        return entities.detail(id);
    }

    @Operation(summary = "An entity's facts with evidence sentences and document names, paged",
            description = "type: COOPERATES_WITH, INVESTS_IN or LOCATED_IN; direction: both, out or in "
                    + "(COOPERATES_WITH is symmetric and always matches). "
                    + "Example: `curl 'http://localhost:8080/api/entities/310112/relations?type=COOPERATES_WITH&limit=10'`.")
    @GetMapping("/{id}/relations")
    EntityReads.Relations relations(@PathVariable String id,
                                    @Parameter(example = "COOPERATES_WITH") @RequestParam(required = false) @OneOf(constants = RelationType.class) String type,
                                    @Parameter(example = "both") @RequestParam(required = false) @OneOf({"both", "out", "in"}) String direction,
                                    @RequestParam(defaultValue = "0") @Range(min = 0, max = 1_000_000) int offset,
                                    @RequestParam(defaultValue = "50") @Range(min = 1, max = 500) int limit) {
        return entities.relations(id, OneOf.Check.canonical(type, RelationType.class), OneOf.Check.word(direction, "both"),
                offset, limit);
    }

    @Operation(summary = "The neighbourhood of an entity as Cytoscape.js elements",
            description = "Entities within `depth` fact steps (1..3), optionally over one fact type; at most `limit` nodes "
                    + "(`truncated: true` when cut). Answer: `{center, depth, truncated, elements: {nodes: [{data: {id, label, type, …}}], "
                    + "edges: [{data: {id, source, target, type, …}}]}}`. "
                    + "Example: `curl 'http://localhost:8080/api/entities/310112/neighbors?depth=2'`.")
    @GetMapping("/{id}/neighbors")
    GraphView neighbors(@PathVariable String id,
                        @Parameter(example = "1") @RequestParam(defaultValue = "1") @Range(min = 1, max = 3) int depth,
                        @Parameter(example = "COOPERATES_WITH") @RequestParam(required = false) @OneOf(constants = RelationType.class) String type,
                        @RequestParam(defaultValue = "200") @Range(min = 1, max = 2000) int limit) {
        return neighborhood.around(id, depth, OneOf.Check.canonical(type, RelationType.class), limit);
    }
}

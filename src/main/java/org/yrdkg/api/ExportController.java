package org.yrdkg.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.yrdkg.graph.export.CsvSink;
import org.yrdkg.graph.export.ExportFormat;
import org.yrdkg.graph.export.ExportScope;
import org.yrdkg.graph.export.ExportScopes;
import org.yrdkg.graph.export.GraphExporter;
import org.yrdkg.graph.export.GraphMlSink;
import org.yrdkg.graph.export.GraphSink;
import org.yrdkg.graph.export.JsonLinesSink;
import org.yrdkg.graph.read.BadParameterException;
import org.yrdkg.graph.read.Parameters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

@RestController
@RequestMapping("/api")
class ExportController {

    private static final Set<String> OWN = Set.of("format", "entity", "depth", "query");

    private final ExportScopes scopes;
    private final GraphExporter exporter;

    ExportController(ExportScopes scopes, GraphExporter exporter) {
        this.scopes = scopes;
        this.exporter = exporter;
    }

    @Operation(summary = "Export the graph, an entity's neighbourhood or a named query's entities as GraphML, CSV or JSON Lines",
            description = "Entities are nodes (id, entity type as `type`, every property); facts (COOPERATES_WITH, "
                    + "INVESTS_IN, LOCATED_IN) between exported entities are edges (id, fact type as `type`, every "
                    + "property). Without `entity` and `query`: the whole graph. With `entity` (name, alias or id): its "
                    + "neighbourhood up to `depth` (1..3) facts away, as /api/graph finds it. With `query`: the entities "
                    + "the named query's rows name; the other query-string parameters (`entity` too) are the query's. "
                    + "`graphml` opens in Gephi, yEd and Cytoscape; `csv` is a zip of nodes.csv and edges.csv (Gephi's "
                    + "table import); `jsonl` is one JSON object per line, nodes first. The answer streams as the graph is read. "
                    + "Example: `curl -o yrd-kg.graphml 'http://localhost:8080/api/export?format=graphml'`.")
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "graphml, csv or jsonl", example = "graphml") @RequestParam(defaultValue = "graphml") String format,
            @Parameter(description = "name, alias or id: export its neighbourhood", example = "闵行区") @RequestParam(required = false) String entity,
            @Parameter(description = "with entity: 1..3 facts away", example = "2") @RequestParam(defaultValue = "1") int depth,
            @Parameter(description = "a named query (GET /api/queries): export the entities its rows name",
                    example = "cooperation-partners") @RequestParam(required = false) String query,
            @Parameter(hidden = true) @RequestParam Map<String, String> all) {
        ExportFormat as = ExportFormat.parse("format", format);
        ExportScope scope = scope(entity, depth, query, all);
        StreamingResponseBody body = out -> {
            GraphSink sink = switch (as) {
                case GRAPHML -> new GraphMlSink(out);
                case CSV -> CsvSink.zip(out);
                case JSONL -> new JsonLinesSink(out);
            };
            exporter.export(scope, sink);
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(as.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(as.fileName()).build().toString())
                .body(body);
    }

    private ExportScope scope(String entity, int depth, String query, Map<String, String> all) {
        if (query != null && !query.isBlank()) {
            Map<String, String> params = new HashMap<>(all);
            params.remove("format");
            params.remove("query");
            return scopes.namedQuery(query.strip(), params);
        }
        for (String given : all.keySet()) {
            if (!OWN.contains(given)) {
                throw new BadParameterException(given, "Export takes format, entity, depth and query; '" + given
                        + "' is a parameter only together with query=.");
            }
        }
        if (entity == null || entity.isBlank()) {
            return ExportScope.wholeGraph();
        }
        return scopes.neighbourhood(entity, Parameters.within("depth", depth, 1, 3));
    }
}

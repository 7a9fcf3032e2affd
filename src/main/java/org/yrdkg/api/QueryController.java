package org.yrdkg.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yrdkg.graph.query.NamedQueries;
import org.yrdkg.graph.query.NamedQueryCatalog;
import org.yrdkg.graph.query.QueryParameter;

@RestController
@RequestMapping("/api/queries")
class QueryController {

    /** A named query as listed: no Cypher text, just what it answers and what it takes. */
    record Listed(String name, String description, List<QueryParameter> params, List<String> examples) {
    }

    private final NamedQueryCatalog catalog;
    private final NamedQueries queries;

    QueryController(NamedQueryCatalog catalog, NamedQueries queries) {
        this.catalog = catalog;
        this.queries = queries;
    }

    @Operation(summary = "The named queries: name, description, parameters with types, defaults and bounds",
            description = "Each is a file cypher/queries/NAME.cypher. Example: `curl http://localhost:8080/api/queries`.")
    @GetMapping
    List<Listed> list() {
        return catalog.all().stream().map(q -> new Listed(q.name(), q.description(), q.params(), q.examples())).toList();
    }

    @Operation(summary = "Run a named query; its parameters come from the query string",
            description = "Parameters are checked against the query's header (400 naming the parameter when missing or bad) "
                    + "and passed as Cypher parameters. Entity parameters take a name, alias or id. "
                    + "Example: `curl 'http://localhost:8080/api/queries/cooperation-partners?entity=闵行区'`, "
                    + "`GET /api/queries/investments-into?target=淮南高新区`.")
    @GetMapping("/{name}")
    NamedQueries.Answer run(@Parameter(example = "cooperation-partners") @PathVariable String name,
                            @Parameter(hidden = true) @RequestParam Map<String, String> params) {
        return queries.run(name, params);
    }
}

package org.yrdkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.yrdkg.graph.CypherFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phase 3: the application started in-process over the loaded graph; each query over our HTTP API and,
 * beside it, the same Cypher (cypher/bench/query-*.cypher) through Neo4j's own Query API, at 1 and 16
 * concurrent clients.
 */
final class QueryBench {

    private static final int LIMIT = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One query: how our API asks it, which Cypher answers it, with what parameters, and its p99 target. */
    private record Query(String name, double p99TargetMs, List<Object> args, Function<Object, String> apiPath,
                         String cypherFile, Function<Object, Map<String, Object>> params) {
    }

    private final int[] clients;
    private final int requestsPerRun;
    private final List<String> only;

    /** {@code only}: words of the query names to measure (e.g. "search"); empty: all of them. */
    QueryBench(int[] clients, int requestsPerRun, List<String> only) {
        this.clients = clients;
        this.requestsPerRun = requestsPerRun;
        this.only = only;
    }

    void run(Path dataDir, BenchResults results) throws Exception {
        try (BenchGraph graph = BenchGraph.start(dataDir, true)) {
            QueryArguments args = QueryArguments.pick(graph, 40);
            results.section("queries").put("arguments", Map.of("hubs", args.hubs().size(), "searchTerms",
                    args.searchTerms().size(), "connectedPairs", args.pairs().size(), "investmentTargets",
                    args.investmentTargets().size()));
            HttpLoad load = new HttpLoad();
            for (Query q : queries(args)) {
                if (!only.isEmpty() && only.stream().noneMatch(q.name()::contains)) {
                    continue;
                }
                measure(q, graph.api(), graph.neo4jHttp(), graph.neo4jAuthorization(), load, results);
            }
        }
    }

    private static List<Query> queries(QueryArguments a) {
        return List.of(
                new Query("entity search", 20, List.copyOf(a.searchTerms()), q -> "/api/entities?q=" + enc(q),
                        "query-search", q -> Map.of("q", q, "limit", LIMIT)),
                new Query("entity relations", 20, List.copyOf(a.hubs()), id -> "/api/entities/" + enc(id) + "/relations",
                        "query-relations", id -> Map.of("id", id, "limit", LIMIT)),
                new Query("neighbours depth 2", 100, List.copyOf(a.hubs()),
                        id -> "/api/entities/" + enc(id) + "/neighbors?depth=2&limit=" + LIMIT, "query-neighbors",
                        id -> Map.of("id", id, "limit", LIMIT)),
                new Query("shortest path", 100, List.copyOf(a.pairs()),
                        p -> "/api/paths?from=" + enc(pair(p, 0)) + "&to=" + enc(pair(p, 1)), "query-path",
                        p -> Map.of("from", pair(p, 0), "to", pair(p, 1))),
                new Query("investment totals", 20, List.copyOf(a.investmentTargets()),
                        id -> "/api/investments?target=" + enc(id), "query-investments",
                        id -> Map.of("target", id, "limit", LIMIT)));
    }

    private void measure(Query q, URI api, URI neo4j, String neo4jAuthorization, HttpLoad load,
                         BenchResults results) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        results.section("queries").put(q.name(), json);
        if (q.args().isEmpty()) {
            results.row("queries", q.name(), "n/a: no arguments in the graph");
            return;
        }
        List<HttpRequest> ours = new ArrayList<>();
        List<HttpRequest> cypher = new ArrayList<>();
        String statement = CypherFiles.query("bench/" + q.cypherFile());
        for (Object arg : q.args()) {
            ours.add(get(api.resolve(q.apiPath().apply(arg))));
            cypher.add(queryApi(neo4j, neo4jAuthorization, statement, q.params().apply(arg)));
        }
        int ourStatus = load.status(ours.get(0));
        int neo4jStatus = load.status(cypher.get(0));
        if (neo4jStatus / 100 != 2) { // the Query API answers 202 Accepted
            throw new IllegalStateException("Neo4j Query API answered " + neo4jStatus + " to " + q.cypherFile());
        }
        load.warmUp(cypher, 50);
        boolean ourEndpoint = ourStatus / 100 == 2;
        if (ourEndpoint) {
            load.warmUp(ours, 50);
        }
        for (int c : clients) {
            String phase = String.format("query %s, %d client%s", q.name(), c, c == 1 ? "" : "s");
            Latencies base = load.run(cypher, c, requestsPerRun);
            Latencies mine = ourEndpoint ? load.run(ours, c, requestsPerRun) : null;
            json.put("neo4jQueryApi" + c, base.toMap());
            String target = c >= 16 ? String.format("p99 ≤ %.0f ms; ≤ 1.5× Query API", q.p99TargetMs()) : "";
            if (mine == null) {
                results.add(new BenchResults.Row(phase, "p50/p95/p99, throughput",
                        "n/a (our endpoint answers HTTP " + ourStatus + ")", describe(base), "", target, null));
                continue;
            }
            json.put("api" + c, mine.toMap());
            Boolean met = c >= 16 ? mine.p99Ms() <= q.p99TargetMs() && mine.p99Ms() <= 1.5 * base.p99Ms()
                    && mine.errors() == 0 : null;
            results.add(new BenchResults.Row(phase, "p50/p95/p99, throughput", describe(mine), describe(base),
                    "p99 " + Format.ratio(mine.p99Ms(), base.p99Ms()), target, met));
        }
    }

    private static String describe(Latencies l) {
        return String.format("%s / %s / %s, %s%s", Format.ms(l.p50Ms()), Format.ms(l.p95Ms()), Format.ms(l.p99Ms()),
                Format.rate(l.perSecond(), "req"), l.errors() == 0 ? "" : String.format(" (%d errors)", l.errors()));
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .GET().build();
    }

    /** Neo4j's HTTP Query API (5.x): one statement with its parameters, auto-commit. */
    private static HttpRequest queryApi(URI neo4j, String authorization, String statement, Map<String, Object> params) {
        String body = JSON.writeValueAsString(Map.of("statement", statement, "parameters", params));
        return HttpRequest.newBuilder(neo4j.resolve("/db/neo4j/query/v2")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static String pair(Object pair, int i) {
        return (String) ((List<?>) pair).get(i);
    }

    private static String enc(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}

package org.yrdkg.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/export on the seed graph: each format read back by a reader of its own, against the graph. */
class ExportTest extends EmbeddedGraphTest {

    private static final String FACTS = "MATCH (:Entity)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->(:Entity) ";

    @Test
    void graphMlOfTheWholeGraphRoundTripsNodesEdgesAndProperties() throws Exception {
        HttpResponse<byte[]> answer = download("/api/export?format=graphml");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/graphml+xml");
        GraphMlGraph read = GraphMlGraph.read(new ByteArrayInputStream(answer.body()));

        assertThat((long) read.graph().vertexSet().size()).isEqualTo(scalar("MATCH (n:Entity) RETURN count(n)", Map.of()));
        assertThat((long) read.graph().edgeSet().size()).isEqualTo(scalar(FACTS + "RETURN count(r)", Map.of()));

        Map<String, Object> minhang = row("MATCH (n:Entity {id: '310112'}) RETURN n.name AS name, n.code AS code, "
                + "[l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.aliases AS aliases");
        assertThat(read.node("310112", "name")).isEqualTo(minhang.get("name"));
        assertThat(read.node("310112", "label")).isEqualTo(minhang.get("name"));
        assertThat(read.node("310112", "type")).isEqualTo(minhang.get("type"));
        assertThat(read.node("310112", "code")).isEqualTo(minhang.get("code"));
        @SuppressWarnings("unchecked")
        List<String> aliases = (List<String>) minhang.get("aliases");
        assertThat(read.node("310112", "aliases")).isEqualTo(String.join(";", aliases));

        Map<String, Object> investment = row("MATCH (a:Entity)-[r:INVESTS_IN]->(b:Entity) WHERE r.amountCny IS NOT NULL "
                + "RETURN a.id AS source, b.id AS target, r.amountCny AS amount, r.mentions AS mentions, r.id AS id "
                + "ORDER BY r.id LIMIT 1");
        DefaultEdge edge = read.graph().getAllEdges(GraphMlSink.elementId((String) investment.get("source")),
                        GraphMlSink.elementId((String) investment.get("target")))
                .stream().filter(e -> "INVESTS_IN".equals(value(read, e, "type"))).findFirst().orElseThrow();
        assertThat(Long.parseLong(value(read, edge, "amountCny"))).isEqualTo(investment.get("amount"));
        assertThat(Long.parseLong(value(read, edge, "mentions"))).isEqualTo(investment.get("mentions"));
        assertThat(value(read, edge, "id")).isEqualTo(investment.get("id"));
    }

    @Test
    void csvIsAZipOfNodesAndEdgesWithOneRowEach() throws Exception {
        HttpResponse<byte[]> answer = download("/api/export?format=csv");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).contains("yrd-kg-csv.zip");
        Map<String, List<CSVRecord>> files = new HashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(answer.body()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                files.put(entry.getName(), CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text)).getRecords());
            }
        }
        assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
        assertThat((long) files.get("nodes.csv").size()).isEqualTo(scalar("MATCH (n:Entity) RETURN count(n)", Map.of()));
        assertThat((long) files.get("edges.csv").size()).isEqualTo(scalar(FACTS + "RETURN count(r)", Map.of()));
        CSVRecord minhang = files.get("nodes.csv").stream().filter(r -> r.get("Id").equals("310112")).findFirst().orElseThrow();
        assertThat(minhang.get("Label")).isEqualTo(scalar("MATCH (n:Entity {id: '310112'}) RETURN n.name", Map.of()));
        assertThat(minhang.get("entityType")).isEqualTo("District");
        Set<String> ids = files.get("nodes.csv").stream().map(r -> r.get("Id")).collect(Collectors.toSet());
        assertThat(files.get("edges.csv")).allSatisfy(r -> assertThat(ids).contains(r.get("Source"), r.get("Target")));
    }

    @Test
    void jsonLinesHoldNodesThenEdges() {
        Http.Response answer = http().get("/api/export?format=jsonl");
        assertThat(answer.status()).isEqualTo(200);
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = answer.body().lines().map(json::readTree).toList();
        long nodes = lines.stream().filter(l -> l.get("kind").asString().equals("node")).count();
        assertThat(nodes).isEqualTo(scalar("MATCH (n:Entity) RETURN count(n)", Map.of()));
        assertThat(lines.size() - nodes).isEqualTo(scalar(FACTS + "RETURN count(r)", Map.of()));
        assertThat(lines.subList(0, (int) nodes)).allSatisfy(l -> assertThat(l.get("kind").asString()).isEqualTo("node"));
        JsonNode minhang = lines.stream().filter(l -> l.get("id").asString().equals("310112")).findFirst().orElseThrow();
        assertThat(minhang.at("/properties/name").asString()).isEqualTo(scalar("MATCH (n:Entity {id: '310112'}) RETURN n.name", Map.of()));
    }

    @Test
    void anEntitysNeighbourhoodIsTheNodesOfItsGraphView() throws Exception {
        Set<String> view = nodeIds(http().get("/api/graph?entity=" + Http.encode("闵行") + "&depth=1&limit=2000").json());
        GraphMlGraph read = GraphMlGraph.read(new ByteArrayInputStream(
                download("/api/export?format=graphml&entity=" + Http.encode("闵行") + "&depth=1").body()));
        assertThat(read.entityIds()).containsExactlyInAnyOrderElementsOf(view);
        assertThat(read.graph().edgeSet()).allSatisfy(e -> assertThat(view)
                .contains(read.entityId(read.graph().getEdgeSource(e)), read.entityId(read.graph().getEdgeTarget(e))));
    }

    @Test
    void aNamedQuerysExportHoldsTheEntitiesItsRowsName() throws Exception {
        JsonNode rows = http().get("/api/queries/cooperation-partners?entity=" + Http.encode("闵行区")).json();
        Set<String> partners = new java.util.HashSet<>();
        rows.at("/result/rows").forEach(r -> partners.add(r.get("partnerId").asString()));
        assertThat(partners).isNotEmpty();
        GraphMlGraph read = GraphMlGraph.read(new ByteArrayInputStream(download(
                "/api/export?format=graphml&query=cooperation-partners&entity=" + Http.encode("闵行区")).body()));
        assertThat(read.entityIds()).contains("310112").containsAll(partners);
        assertThat(read.graph().edgeSet()).anySatisfy(e -> assertThat(value(read, e, "type")).isEqualTo("COOPERATES_WITH"));
    }

    @Test
    void badFormatOrStrayParameterIsA400() {
        assertThat(http().get("/api/export?format=gexf").status()).isEqualTo(400);
        assertThat(http().get("/api/export?format=graphml&limit=5").status()).isEqualTo(400);
        assertThat(http().get("/api/export?query=no-such-query").status()).isEqualTo(404);
    }

    private static String value(GraphMlGraph read, DefaultEdge edge, String attribute) {
        var value = read.edges().getOrDefault(edge, Map.of()).get(attribute);
        return value == null ? null : value.getValue();
    }

    private static Set<String> nodeIds(JsonNode view) {
        Set<String> ids = new java.util.HashSet<>();
        view.at("/elements/nodes").forEach(n -> ids.add(n.at("/data/id").asString()));
        return ids;
    }

    private Map<String, Object> row(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().asMap();
        }
    }

    private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}

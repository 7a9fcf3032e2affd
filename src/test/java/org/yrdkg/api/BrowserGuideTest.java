package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.graph.query.CypherGuard;
import org.yrdkg.graph.query.ReadOnlyCypher;

/** The Browser guide and style sheet are served to Neo4j Browser's origin; the examples are valid read queries. */
class BrowserGuideTest extends FixtureGraphTest {

    @Autowired
    CypherGuard guard;
    @Autowired
    ReadOnlyCypher cypher;

    @Test
    void guideHasASlidePerExampleWithRunnableQueries() {
        var guide = http().get("/browser/guide.html");
        assertThat(guide.status()).isEqualTo(200);
        assertThat(guide.contentType()).startsWith("text/html");
        String html = guide.body();
        assertThat(html).startsWith("<article class=\"guide\">").contains("<carousel class=\"deck container-fluid\">");
        int examples = BrowserGuide.examples().size();
        assertThat(examples).isGreaterThanOrEqualTo(8);
        assertThat(html.split("<slide class=\"row-fluid\">", -1).length - 1).isEqualTo(examples + 2);
        assertThat(html.split("<pre mode=\"cypher\" class=\"runnable\">", -1).length - 1).isEqualTo(examples + 1);
        assertThat(html).contains("淮南高新区", "COOPERATES_WITH", "&gt;", ":style http://localhost:" + port + "/browser/style.grass");
    }

    @Test
    void everyExampleIsAReadQueryThatRuns() {
        for (BrowserGuide.Example example : BrowserGuide.examples()) {
            guard.check(example.query(), Map.of());
            assertThat(cypher.run(example.query(), Map.of(), null, null).columns()).as(example.title()).isNotEmpty();
        }
    }

    @Test
    void styleSheetColoursEachEntityTypeAndCaptionsNames() {
        var style = http().get("/browser/style.grass");
        assertThat(style.status()).isEqualTo(200);
        for (String type : new String[] {"Region", "Province", "City", "District", "Town", "Park", "Company", "Platform", "Organization"}) {
            assertThat(style.body()).contains("node." + type + " {");
        }
        assertThat(style.body()).contains("caption: \"{name}\"", "caption: \"<type>\"");
    }

    @Test
    void neo4jBrowsersOriginMayFetchTheGuide() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/browser/guide.html"))
                .header("Origin", "http://localhost:7474").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:7474");
        var foreign = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/browser/style.grass"))
                .header("Origin", "http://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void swaggerUiAndOpenApiDescribeTheEndpoints() {
        assertThat(http().get("/swagger-ui.html").status()).isIn(200, 302);
        var api = http().get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        var paths = api.json().get("paths");
        for (String path : new String[] {"/api/entities", "/api/entities/{id}", "/api/entities/{id}/relations",
                "/api/entities/{id}/neighbors", "/api/graph", "/api/paths", "/api/investments", "/api/queries",
                "/api/queries/{name}", "/api/cypher", "/api/stats", "/api/queries/cooperation-partners",
                "/api/queries/timeline"}) {
            assertThat(paths.has(path)).as(path).isTrue();
            paths.get(path).forEach(operation -> {
                assertThat(operation.path("summary").asString()).as(path).isNotBlank();
                assertThat(operation.path("description").asString()).as(path).contains("Example");
            });
        }
        var limit = paths.at("/~1api~1queries~1cooperation-partners/get/parameters/1");
        assertThat(limit.get("name").asString()).isEqualTo("limit");
        assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(500);
        assertThat(paths.at("/~1api~1queries~1cooperation-partners/get/parameters/0/required").asBoolean()).isTrue();
    }
}

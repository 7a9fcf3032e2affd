package org.yrdkg.graph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;

/**
 * By default the embedded Neo4j, its Browser and Swagger UI send nothing anywhere: the effective settings
 * as Neo4j reports them, the settings Browser reads on connecting, and the header Browser is served with.
 */
class NothingLeavesTheMachineTest extends EmbeddedGraphTest {

    @Autowired
    EmbeddedNeo4jServer neo4j;

    @Test
    void neo4jReportsNoUsageAndBrowserNoTelemetry() {
        Map<String, String> settings = effective("SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
                List.of("dbms.usage_report.enabled", "client.allow_telemetry",
                        "dbms.security.http_static_content_security_policy_header"));
        assertThat(settings).containsEntry("dbms.usage_report.enabled", "false")
                .containsEntry("client.allow_telemetry", "false");
        assertThat(settings.get("dbms.security.http_static_content_security_policy_header"))
                .contains("script-src 'self';").doesNotContain("segment", "canny", "googleapis", "guides.neo4j.com");
    }

    @Test
    void browserReadsTelemetryOffWhenItConnects() {
        Map<String, String> client = effective("CALL dbms.clientConfig() YIELD name, value RETURN name, value", List.of());
        assertThat(client).containsEntry("client.allow_telemetry", "false");
    }

    @Test
    void browserPageMayLoadScriptsFromTheServerOnly() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(neo4j.httpUri() + "/browser/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';", "connect-src 'self' ws: wss: http://localhost:*")
                .doesNotContain("segment", "canny");
    }

    @Test
    void swaggerUiDoesNotCallTheOnlineValidator() {
        var config = http().get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("validatorUrl").asString()).isEqualTo("none");
    }

    private Map<String, String> effective(String cypher, List<String> names) {
        try (var session = driver.session()) {
            return session.run(cypher, Map.of("names", names)).list().stream()
                    .collect(Collectors.toMap(r -> r.get("name").asString(), r -> String.valueOf(r.get("value").asObject())));
        }
    }
}

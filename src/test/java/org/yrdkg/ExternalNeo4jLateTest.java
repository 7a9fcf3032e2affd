package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yrdkg.graph.server.EmbeddedCredentials;
import org.yrdkg.graph.server.EmbeddedNeo4jServer;
import org.yrdkg.graph.server.Neo4jConnectionProperties;

/**
 * An external Neo4j that is not there at start-up does not stop the service: it starts, reports health
 * DOWN and answers 503, and readies the graph (schema, seeds) once the database appears.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yrdkg.seeds.dir=seeds", "yrdkg.seeds.load-on-startup=true", "yrdkg.neo4j.username=neo4j",
        "yrdkg.neo4j.password=" + ExternalNeo4jLateTest.PASSWORD, "spring.neo4j.connection-timeout=2s",
        "spring.neo4j.pool.connection-acquisition-timeout=10s", "spring.neo4j.max-transaction-retry-time=2s",
        // the database is away on purpose here: Boot's health check would log each failure with its stack trace
        "logging.level.org.springframework.boot.neo4j.health=error"})
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ) // not beside LoadCommandTest's
class ExternalNeo4jLateTest {

    static final String PASSWORD = "late-test-password";
    static final Neo4jConnectionProperties.Embedded SETTINGS = ExternalNeo4jTest.settings();
    static EmbeddedNeo4jServer late;

    @DynamicPropertySource
    static void pointAtNothingYet(DynamicPropertyRegistry registry) {
        registry.add("yrdkg.neo4j.uri", () -> "bolt://localhost:" + SETTINGS.boltPort());
    }

    @AfterAll
    static void stop() {
        if (late != null) {
            late.close();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void startsWithoutTheDatabaseAnswers503AndRecoversWhenItAppears() throws InterruptedException {
        var http = new Http("http://localhost:" + port);
        assertThat(http.get("/actuator/health").json().get("status").asString()).isEqualTo("DOWN");
        var stats = http.get("/api/stats");
        assertThat(stats.status()).isEqualTo(503);
        assertThat(stats.contentType()).startsWith("application/problem+json");

        late = new EmbeddedNeo4jServer(SETTINGS, EmbeddedCredentials.resolve(SETTINGS.dataDir(), PASSWORD));
        long deadline = System.currentTimeMillis() + 180_000;
        Http.Response now = http.get("/api/stats");
        while ((now.status() != 200 || now.json().get("documents").asLong() < 5) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1_000);
            now = http.get("/api/stats");
        }
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.json().get("documents").asLong()).isEqualTo(5);
        assertThat(http.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }
}

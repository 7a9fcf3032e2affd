package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yrdkg.graph.server.EmbeddedCredentials;
import org.yrdkg.graph.server.EmbeddedNeo4jServer;
import org.yrdkg.graph.server.Neo4jConnectionProperties;

/**
 * Setting a URI turns the embedded server off and uses that server instead. A second Neo4j started in
 * this JVM on other ports stands in for the external one (the routing scheme neo4j:// is used, as for a
 * cluster). It is not there when the service starts: the service starts anyway, reports health DOWN and
 * answers 503, and readies the graph (schema, seeds) once the database appears. Stopping and restarting it
 * then shows the API answering 503 while it is gone, and recovering. (One class, so one application and two
 * Neo4j starts for the three stages; they were two classes with three starts.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yrdkg.seeds.dir=seeds", "yrdkg.seeds.load-on-startup=true", "yrdkg.neo4j.username=neo4j",
        "yrdkg.neo4j.password=" + ExternalNeo4jTest.PASSWORD, "spring.neo4j.connection-timeout=2s",
        "spring.neo4j.pool.connection-acquisition-timeout=10s", "spring.neo4j.max-transaction-retry-time=2s",
        // the database is away on purpose here: Boot's health check would log each failure with its stack trace
        "logging.level.org.springframework.boot.neo4j.health=error"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ) // not beside LoadCommandTest's
@Order(3) // its lane starts it early (TwoLanes)
class ExternalNeo4jTest {

    static final String PASSWORD = "external-test-password";
    static final Neo4jConnectionProperties.Embedded SETTINGS = settings();
    /** Started by the first test: the service starts before its database. */
    static EmbeddedNeo4jServer external;

    @DynamicPropertySource
    static void pointAtExternal(DynamicPropertyRegistry registry) {
        registry.add("yrdkg.neo4j.uri", () -> "neo4j://localhost:" + SETTINGS.boltPort());
    }

    @AfterAll
    static void stop() {
        if (external != null) {
            external.close();
        }
    }

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void startsWithoutTheDatabaseAnswers503AndRecoversWhenItAppears() throws InterruptedException {
        assertThat(http().get("/actuator/health").json().get("status").asString()).isEqualTo("DOWN");
        var stats = http().get("/api/stats");
        assertThat(stats.status()).isEqualTo(503);
        assertThat(stats.contentType()).startsWith("application/problem+json");

        external = startExternal();
        long deadline = System.currentTimeMillis() + 180_000;
        Http.Response now = http().get("/api/stats");
        while ((now.status() != 200 || now.json().get("documents").asLong() < 5) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1_000);
            now = http().get("/api/stats");
        }
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.json().get("documents").asLong()).isEqualTo(5);
        assertThat(http().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() {
        assertThat(context.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();
        assertThat(http().get("/api/stats").json().get("documents").asLong()).isEqualTo(5);
        // the seeds landed in the external server itself
        long documents = (long) external.managementService().database("neo4j")
                .executeTransactionally("MATCH (d:Document) RETURN count(d) AS n", Map.of(), r -> r.next().get("n"));
        assertThat(documents).isEqualTo(5);
    }

    @Test
    @Order(3)
    void answers503WhileNeo4jIsDownAndRecoversWhenItIsBack() {
        external.close();
        var stats = http().get("/api/stats");
        assertThat(stats.status()).isEqualTo(503);
        assertThat(stats.json().get("detail").asString()).contains("Neo4j");
        var upload = http().post("/api/documents?name=while-down.txt", "text/plain; charset=utf-8",
                "甲地与乙地签订合作协议。".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).isEqualTo(503);
        assertThat(upload.body()).doesNotContain("at org.");

        external = startExternal();
        assertThat(http().get("/api/stats").status()).isEqualTo(200);
        assertThat(http().get("/api/stats").json().get("documents").asLong()).isEqualTo(5);
    }

    private Http http() {
        return new Http("http://localhost:" + port);
    }

    private static EmbeddedNeo4jServer startExternal() {
        return new EmbeddedNeo4jServer(SETTINGS, EmbeddedCredentials.resolve(SETTINGS.dataDir(), PASSWORD));
    }

    /** A throw-away data folder on free ports, authentication on: a stand-in for an external server. */
    static Neo4jConnectionProperties.Embedded settings() {
        try {
            Path dir = Files.createTempDirectory("yrdkg-external-neo4j");
            return new Neo4jConnectionProperties.Embedded(dir, "localhost", freePort(), freePort(), "64m", "256M size", "localhost", "", true, false, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", 0));
            return socket.getLocalPort();
        }
    }
}

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
 * cluster); stopping and restarting it shows the API answering 503 while it is gone, then recovering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yrdkg.seeds.dir=seeds", "yrdkg.seeds.load-on-startup=true", "yrdkg.neo4j.username=neo4j",
        "yrdkg.neo4j.password=" + ExternalNeo4jTest.PASSWORD, "spring.neo4j.connection-timeout=2s",
        "spring.neo4j.pool.connection-acquisition-timeout=10s", "spring.neo4j.max-transaction-retry-time=2s",
        // the database is away on purpose here: Boot's health check would log each failure with its stack trace
        "logging.level.org.springframework.boot.neo4j.health=error"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ) // not beside LoadCommandTest's
class ExternalNeo4jTest {

    static final String PASSWORD = "external-test-password";
    static final Neo4jConnectionProperties.Embedded SETTINGS = settings();
    static EmbeddedNeo4jServer external = startExternal();

    @DynamicPropertySource
    static void pointAtExternal(DynamicPropertyRegistry registry) {
        registry.add("yrdkg.neo4j.uri", () -> "neo4j://localhost:" + SETTINGS.boltPort());
    }

    @AfterAll
    static void stop() {
        external.close();
    }

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() {
        assertThat(context.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();
        assertThat(http().get("/api/stats").json().get("documents").asLong()).isEqualTo(5);
        // the seeds landed in the external server itself
        long documents = (long) external.managementService().database("neo4j")
                .executeTransactionally("MATCH (d:Document) RETURN count(d) AS n", Map.of(), r -> r.next().get("n"));
        assertThat(documents).isEqualTo(5);
    }

    @Test
    @Order(2)
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

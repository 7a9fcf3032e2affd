package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yrdkg.graph.server.EmbeddedNeo4jServer;
import org.yrdkg.graph.server.Neo4jConnectionProperties;

/**
 * Setting a URI turns the embedded server off and uses that server instead. A second Neo4j started in
 * this JVM on other ports stands in for the external one; the routing scheme neo4j:// is used, as for
 * a cluster.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yrdkg.seeds.dir=seeds", "yrdkg.seeds.load-on-startup=true", "yrdkg.neo4j.username=neo4j",
        "yrdkg.neo4j.password=any"})
class ExternalNeo4jTest {

    static final EmbeddedNeo4jServer EXTERNAL = startExternal();

    @DynamicPropertySource
    static void pointAtExternal(DynamicPropertyRegistry registry) {
        registry.add("yrdkg.neo4j.uri", () -> "neo4j://localhost:" + EXTERNAL.boltUri().getPort());
    }

    @AfterAll
    static void stop() {
        EXTERNAL.close();
    }

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() {
        assertThat(context.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();
        var stats = new Http("http://localhost:" + port).get("/api/stats");
        assertThat(stats.json().get("documents").asLong()).isEqualTo(5);
        // the seeds landed in the external server itself
        long documents = (long) EXTERNAL.managementService().database("neo4j")
                .executeTransactionally("MATCH (d:Document) RETURN count(d) AS n", java.util.Map.of(),
                        result -> result.next().get("n"));
        assertThat(documents).isEqualTo(5);
    }

    private static EmbeddedNeo4jServer startExternal() {
        try {
            Path dir = Files.createTempDirectory("yrdkg-external-neo4j");
            return new EmbeddedNeo4jServer(new Neo4jConnectionProperties.Embedded(dir, "localhost", 0, 0, "64m", "localhost", ""));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.yrdkg.graph.server.EmbeddedNeo4jServer;

class ServiceSkeletonTest extends EmbeddedGraphTest {

    @Autowired
    EmbeddedNeo4jServer neo4j;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theDriverIsClosedByOurTimeLimitedCloserNotByItsOwnBlockingClose() {
        var factory = context.getBeanFactory();
        String[] drivers = factory.getBeanNamesForType(org.neo4j.driver.Driver.class);
        assertThat(drivers).isNotEmpty();
        for (String name : drivers) {
            assertThat(factory.getBeanDefinition(name).getDestroyMethodName()).isEmpty();
        }
        assertThat(context.getBean("driverCloser")).isNotNull();
    }

    @Test
    void healthIsUpIncludingNeo4j() {
        var health = http().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/neo4j/status").asString()).isEqualTo("UP");
    }

    @Test
    void schemaConstraintsAndFullTextIndexArePresent() {
        try (var session = driver.session()) {
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
            assertThat(constraints).contains("documentId", "sentenceId", "entityId");
            List<String> indexes = session.run("SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name")
                    .list(r -> r.get(0).asString());
            assertThat(indexes).contains("entityNames");
        }
    }

    @Test
    void statsCountTheFiveSeedDocuments() {
        var stats = http().get("/api/stats");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().get("documents").asLong()).isEqualTo(5);
        assertThat(stats.json().get("sentences").asLong()).isPositive();
        assertThat(stats.json().get("entitiesByType").has("District")).isTrue();
        assertThat(stats.json().get("relationshipsByType").has("INVESTS_IN")).isTrue();
        var newest = (java.time.ZonedDateTime) scalar("MATCH (d:Document) RETURN max(d.loadedAt)", Map.of());
        assertThat(java.time.OffsetDateTime.parse(stats.json().get("lastLoad").asString()).toInstant())
                .isEqualTo(newest.toInstant());
        assertThat(scalar("MATCH (d:Document) WHERE d.name STARTS WITH '000_' RETURN d.chars", Map.of()))
                .isEqualTo(Long.valueOf(new String(readSeed("000_cd54af0347ee029f.txt")).replace("\r\n", "\n").length()));
    }

    @Test
    void openApiDocumentIsTitledVersionedAndDescribesTheGraphModel() {
        var info = http().get("/v3/api-docs").json().get("info");
        assertThat(info.get("title").asString()).contains("yrd-kg");
        assertThat(info.get("version").asString()).isNotEqualTo("v0").isNotBlank();
        assertThat(info.get("description").asString()).contains("COOPERATES_WITH", "INVESTS_IN", "LOCATED_IN", ":Entity");
    }

    @Test
    void embeddedServerServesNeo4jBrowser() {
        URI http = neo4j.httpUri();
        var browser = new Http(http.toString()).get("/browser/");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.body()).contains("Neo4j Browser");
    }

    private static byte[] readSeed(String name) {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("seeds", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

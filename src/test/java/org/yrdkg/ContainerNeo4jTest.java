package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same start-up against a real Neo4j server in a container. Skipped where no Docker engine runs
 * (as on the development machines); the embedded tests and ExternalNeo4jTest cover the behaviour there.
 * Whether one runs is asked quietly first: Testcontainers' own probe logs an ERROR when there is none.
 */
@EnabledIf(value = "org.yrdkg.ContainerNeo4jTest#dockerEngine", disabledReason = "no Docker engine")
@Testcontainers
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yrdkg.seeds.dir=seeds", "yrdkg.seeds.load-on-startup=true"})
class ContainerNeo4jTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("yrdkg-test-password");

    @DynamicPropertySource
    static void pointAtContainer(DynamicPropertyRegistry registry) {
        registry.add("yrdkg.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("yrdkg.neo4j.username", () -> "neo4j");
        registry.add("yrdkg.neo4j.password", NEO4J::getAdminPassword);
    }

    @LocalServerPort
    int port;

    /** A Docker engine this machine can reach: a DOCKER_HOST, a Testcontainers setting, or the usual sockets. */
    static boolean dockerEngine() {
        Path home = Path.of(System.getProperty("user.home"));
        return System.getenv("DOCKER_HOST") != null || Files.exists(home.resolve(".testcontainers.properties"))
                || Files.exists(Path.of("/var/run/docker.sock")) || Files.exists(home.resolve(".docker/run/docker.sock"));
    }

    @Test
    void startsHealthyAndLoadsTheSeeds() {
        var http = new Http("http://localhost:" + port);
        assertThat(http.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/api/stats").json().get("documents").asLong()).isEqualTo(5);
    }
}

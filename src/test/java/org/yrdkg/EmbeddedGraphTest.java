package org.yrdkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the running service: the real application on a random port over a real
 * in-process Neo4j on free ports with a throw-away data folder, the seeds loaded at start-up. All
 * subclasses share one application context (Spring caches it), so Neo4j starts once per test run, and one
 * graph: they take its lock, so they run one at a time (see junit-platform.properties).
 */
@ResourceLock(EmbeddedGraphTest.SHARED_GRAPH)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yrdkg.neo4j.uri=",
        "yrdkg.neo4j.embedded.bolt-port=0",
        "yrdkg.neo4j.embedded.http-port=0",
        "yrdkg.neo4j.embedded.page-cache=64m",
        "yrdkg.seeds.dir=seeds",
        "yrdkg.seeds.load-on-startup=true",
        "yrdkg.api.write-token=" + EmbeddedGraphTest.WRITE_TOKEN,
        // a read or named query on a busy shared build machine (load 25 on 2 cores) can take longer than the
        // service's 30 s and 10 s; the tests of time limits set their own
        "yrdkg.api.read-timeout=2m",
        "yrdkg.cypher.timeout=2m",
        // the read warm-up after start would compete with the tests for the two cores (ReadWarmUpTest runs it)
        "yrdkg.warm-up.enabled=false"})
public abstract class EmbeddedGraphTest {

    public static final String WRITE_TOKEN = "test-write-token";
    /** The lock of the shared service and graph. */
    public static final String SHARED_GRAPH = "yrdkg.shared-graph";
    protected static final String[] AUTH = {"Authorization", "Bearer " + WRITE_TOKEN};

    /** The service's data folder (Neo4j's store and the generated password). */
    protected static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("yrdkg.neo4j.embedded.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    protected Http http() {
        return new Http("http://localhost:" + port);
    }

    /** Runs a read query for assertions and returns the first column of the single row. */
    protected Object scalar(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).single().get(0).asObject());
        }
    }

    /** Runs a write query (test set-up and clean-up). */
    protected void runWrite(String cypher) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(cypher).consume());
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("yrdkg-test-neo4j");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

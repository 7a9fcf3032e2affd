package org.yrdkg.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.yrdkg.YrdKgApplication;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.server.EmbeddedNeo4jServer;

/**
 * The real application, in this JVM, over an embedded Neo4j in a given folder on free ports, without
 * seeds: without its web server for loading, with it (on a random port) for the query phase.
 */
final class BenchGraph implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BenchGraph(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static BenchGraph start(Path dataDir, boolean web) {
        // as command-line arguments: they outrank application.properties (builder properties() do not)
        return new BenchGraph(new SpringApplicationBuilder(YrdKgApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .run("--yrdkg.neo4j.uri=", "--yrdkg.neo4j.embedded.data-dir=" + dataDir.toAbsolutePath(),
                        "--yrdkg.neo4j.embedded.bolt-port=0", "--yrdkg.neo4j.embedded.http-port=0",
                        "--server.port=0", "--server.address=localhost", "--yrdkg.seeds.load-on-startup=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.yrdkg=WARN",
                        "--logging.level.org.eclipse.jetty=ERROR", "--logging.level.io.netty=ERROR",
                        "--logging.level.org.glassfish=ERROR", "--logging.level.org.springdoc=ERROR"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    URI api() {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    URI neo4jHttp() {
        return bean(EmbeddedNeo4jServer.class).httpUri();
    }

    /** The Authorization header value for Neo4j's HTTP APIs (basic, user and password of the embedded server). */
    String neo4jAuthorization() {
        var credentials = bean(EmbeddedNeo4jServer.class).credentials();
        return "Basic " + java.util.Base64.getEncoder().encodeToString((credentials.username() + ":"
                + credentials.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Runs a Cypher file of this package's folder (cypher/bench/) in one write transaction. */
    void write(String file, Map<String, Object> params) {
        try (var session = bean(Driver.class).session(bean(GraphDatabase.class).sessionConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.query("bench/" + file), params).consume());
        }
    }

    /** Runs a read Cypher file of cypher/bench/ and returns its rows as maps. */
    java.util.List<Map<String, Object>> read(String file, Map<String, Object> params) {
        try (var session = bean(Driver.class).session(bean(GraphDatabase.class).sessionConfig())) {
            return session.executeRead(tx -> tx.run(CypherFiles.query("bench/" + file), params).list(r -> r.asMap()));
        }
    }

    @Override
    public void close() {
        context.close();
    }
}

package org.yrdkg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.graph.server.EmbeddedCredentials;
import org.yrdkg.graph.server.EmbeddedNeo4jServer;
import org.yrdkg.graph.server.Neo4jConnectionProperties;
import picocli.CommandLine;

/**
 * Every door of the embedded Neo4j needs the password: Bolt, the Query API and the transactional HTTP
 * endpoint refuse a caller without it; its HTTP server gives no CORS grant to another origin; LOAD CSV
 * reads no file and fetches no URL even for a caller with the password.
 */
@Order(6) // its lane starts it early (TwoLanes)
class Neo4jDoorsTest extends EmbeddedGraphTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String WRITE = "{\"statement\": \"CREATE (:Intruder) RETURN 1\"}";
    private static final String TX_WRITE = "{\"statements\": [{\"statement\": \"CREATE (:Intruder) RETURN 1\"}]}";

    @Autowired
    EmbeddedNeo4jServer neo4j;
    @Autowired
    Neo4jConnectionProperties properties;

    @Test
    void boltWithoutOrWithAWrongPasswordIsRefused() {
        for (var auth : new org.neo4j.driver.AuthToken[] {AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                AuthTokens.basic("neo4j", "wrong-password")}) {
            try (var intruder = GraphDatabase.driver(neo4j.boltUri(), auth)) {
                assertThatThrownBy(intruder::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        var credentials = neo4j.credentials();
        try (var owner = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(credentials.username(), credentials.password()))) {
            owner.verifyConnectivity();
        }
    }

    @Test
    void queryApiAndTransactionalEndpointRefuseACallerWithoutThePassword() throws Exception {
        assertThat(post("/db/neo4j/query/v2", WRITE, null, null).statusCode()).isEqualTo(401);
        assertThat(post("/db/neo4j/tx/commit", TX_WRITE, null, null).statusCode()).isEqualTo(401);
        String wrong = "Basic " + Base64.getEncoder().encodeToString("neo4j:neo4j".getBytes(StandardCharsets.UTF_8));
        assertThat(post("/db/neo4j/query/v2", WRITE, wrong, null).statusCode()).isEqualTo(401);
        assertThat(scalar("MATCH (n:Intruder) RETURN count(n)", Map.of())).isEqualTo(0L);

        String read = "{\"statement\": \"MATCH (d:Document) RETURN count(d) AS n\"}";
        var withPassword = post("/db/neo4j/query/v2", read, basic(), null);
        assertThat(withPassword.statusCode()).isEqualTo(202);
        assertThat(withPassword.body()).contains("\"n\"");
        var txWithPassword = post("/db/neo4j/tx/commit",
                "{\"statements\": [{\"statement\": \"MATCH (d:Document) RETURN count(d) AS n\"}]}", basic(), null);
        assertThat(txWithPassword.statusCode()).isEqualTo(200);
        assertThat(txWithPassword.body()).contains("\"errors\":[]");
    }

    @Test
    void neo4jHttpGivesNoCorsGrantToAnotherOrigin() throws Exception {
        var preflight = CLIENT.send(HttpRequest.newBuilder(neo4j.httpUri().resolve("/db/neo4j/query/v2"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        var post = post("/db/neo4j/query/v2", WRITE, null, "http://evil.example");
        for (var response : new HttpResponse<?>[] {preflight, post}) {
            var allowed = response.headers().allValues("Access-Control-Allow-Origin");
            assertThat(allowed).doesNotContain("*", "http://evil.example");
        }
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void loadCsvReadsNoFileAndFetchesNoUrlEvenWithThePassword() {
        for (String url : new String[] {"file:///etc/passwd", "file:///../../../etc/passwd",
                "http://localhost:" + port + "/api/stats", "http://127.0.0.1:" + neo4j.httpUri().getPort() + "/"}) {
            try (var session = driver.session()) {
                assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS line RETURN line LIMIT 1",
                        Map.of("url", url)).list())
                        .as(url).isInstanceOf(ClientException.class);
            }
        }
    }

    @Test
    void thePasswordIsKeptForItsOwnerOnlyShownByTheCommandAndNeverLogged() throws IOException {
        var credentials = neo4j.credentials();
        assertThat(credentials.source()).isEqualTo(EmbeddedCredentials.Source.GENERATED_FILE);
        assertThat(credentials.password()).hasSizeGreaterThanOrEqualTo(20);
        Path dataDir = properties.embedded().dataDir();
        Path file = EmbeddedCredentials.file(dataDir);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        StringWriter out = new StringWriter();
        int exit = new CommandLine(new org.yrdkg.cli.YrdKgCli()).setOut(new PrintWriter(out))
                .execute("credentials", "--data-dir", dataDir.toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("user:     neo4j", "password: " + credentials.password());

        try (Stream<Path> logs = Files.walk(dataDir.toAbsolutePath().resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).as(log.toString())
                        .doesNotContain(credentials.password());
            }
        }
    }

    @Test
    void authenticationOffOnANonLocalAddressIsRefusedBeforeAnythingStarts() throws IOException {
        Path dir = Files.createTempDirectory("yrdkg-open-neo4j");
        var open = new Neo4jConnectionProperties.Embedded(dir, "0.0.0.0", 0, 0, "8m", "256M size", "localhost", "", false, false, false);
        assertThatThrownBy(() -> new EmbeddedNeo4jServer(open, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("non-local address '0.0.0.0' with authentication off");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private String basic() {
        var credentials = neo4j.credentials();
        return "Basic " + Base64.getEncoder().encodeToString((credentials.username() + ":" + credentials.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String body, String authorization, String origin) throws Exception {
        var builder = HttpRequest.newBuilder(neo4j.httpUri().resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}

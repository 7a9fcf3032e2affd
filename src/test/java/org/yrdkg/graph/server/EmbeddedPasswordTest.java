package org.yrdkg.graph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * A new store's user is created with the password (Neo4j's initial-user file), and a restart does not set it
 * again when the user already logs in with it (ALTER USER is a cold Cypher compile on the start's critical
 * path); a different password is still set, and then only the new one opens Bolt. A real embedded Neo4j on a
 * throw-away data folder, restarted.
 */
class EmbeddedPasswordTest {

    @TempDir
    Path dir;

    @Test
    void setsThePasswordOnlyWhenItDoesNotAlreadyLogIn() {
        var settings = new Neo4jConnectionProperties.Embedded(dir, "localhost", 0, 0, "16m", "256M size",
                "localhost", "", true, false, false);
        var first = new EmbeddedCredentials(EmbeddedCredentials.USERNAME, "erste-Losung-4711", EmbeddedCredentials.Source.CONFIGURED);
        var second = new EmbeddedCredentials(EmbeddedCredentials.USERNAME, "zweite-Losung-0815", EmbeddedCredentials.Source.CONFIGURED);

        try (var server = new EmbeddedNeo4jServer(settings, first)) {
            assertThat(server.passwordSet()).as("the new store's user is created with it").isFalse();
            assertThat(server.logsIn(first)).isTrue();
            assertThat(server.logsIn(second)).isFalse();
            assertThat(answersBolt(server, first)).as("no password change required").isEqualTo(1L);
        }
        try (var server = new EmbeddedNeo4jServer(settings, first)) {
            assertThat(server.passwordSet()).as("a restart with the same password").isFalse();
            assertThat(answersBolt(server, first)).isEqualTo(1L);
        }
        try (var server = new EmbeddedNeo4jServer(settings, second)) {
            assertThat(server.passwordSet()).as("a restart with another password").isTrue();
            assertThat(answersBolt(server, second)).isEqualTo(1L);
            assertThatThrownBy(() -> answersBolt(server, first)).isInstanceOf(AuthenticationException.class);
        }
    }

    private static long answersBolt(EmbeddedNeo4jServer server, EmbeddedCredentials credentials) {
        try (var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic(credentials.username(), credentials.password()));
             var session = driver.session()) {
            return session.run("RETURN 1 AS one").single().get("one").asLong();
        }
    }
}

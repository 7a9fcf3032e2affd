package org.yrdkg.graph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;

import tools.jackson.databind.JsonNode;

/**
 * Neo4j's own Query API (POST /db/neo4j/query/v2) on the embedded server answers every kind of
 * statement: with and without notifications, with parameters, reads and writes. Statements with a
 * notification used to fail with UnknownError while two Neo4j driver lines were on the class path.
 */
class EmbeddedQueryApiTest extends EmbeddedGraphTest {

    @Autowired
    EmbeddedNeo4jServer neo4j;

    @Test
    void aStatementWithoutNotificationsAnswersItsRows() {
        JsonNode answer = query("{\"statement\": \"MATCH (d:Document) RETURN count(d) AS documents\"}");
        assertThat(answer.at("/data/fields/0").asString()).isEqualTo("documents");
        assertThat(answer.at("/data/values/0/0").asLong()).isEqualTo(5);
        assertThat(answer.has("errors")).isFalse();
    }

    @Test
    void anUnknownLabelAnswersTheRowsAndTheNotification() {
        JsonNode answer = query("{\"statement\": \"MATCH (n:NoSuchLabel) RETURN count(n) AS n\"}");
        assertThat(answer.at("/data/values/0/0").asLong()).isZero();
        assertThat(answer.at("/notifications/0/code").asString())
                .isEqualTo("Neo.ClientNotification.Statement.UnknownLabelWarning");
        assertThat(answer.at("/notifications/0/severity").asString()).isEqualTo("WARNING");
    }

    @Test
    void aCartesianProductAnswersWithItsPerformanceNotification() {
        JsonNode answer = query("{\"statement\": \"MATCH (a:Document), (b:Document) RETURN count(*) AS pairs\"}");
        assertThat(answer.at("/data/values/0/0").asLong()).isEqualTo(25);
        assertThat(answer.at("/notifications/0/code").asString())
                .isEqualTo("Neo.ClientNotification.Statement.CartesianProduct");
    }

    @Test
    void parametersArePassedAsCypherParameters() {
        Object name = scalar("MATCH (e:District {id: '310112'}) RETURN e.name", Map.of());
        JsonNode answer = query("{\"statement\": \"MATCH (e:Entity {id: $id}) RETURN e.name AS name\","
                + " \"parameters\": {\"id\": \"310112\"}}");
        assertThat(answer.at("/data/values/0/0").asString()).isEqualTo(name);
    }

    @Test
    void aWriteWithANotificationCommits() {
        JsonNode created = query("{\"statement\": \"CREATE (p:QueryApiProbe {token: $token})"
                + " WITH p MATCH (a:Document), (b:Document) RETURN count(*) AS pairs\", \"parameters\": {\"token\": \"t1\"}}");
        assertThat(created.at("/notifications/0/code").asString()).endsWith("CartesianProduct");
        assertThat(scalar("MATCH (p:QueryApiProbe {token: 't1'}) RETURN count(p)", Map.of())).isEqualTo(1L);
        JsonNode deleted = query("{\"statement\": \"MATCH (p:QueryApiProbe) DELETE p RETURN count(p) AS n\"}");
        assertThat(deleted.at("/data/values/0/0").asLong()).isEqualTo(1);
        assertThat(scalar("MATCH (p:QueryApiProbe) RETURN count(p)", Map.of())).isEqualTo(0L);
    }

    private JsonNode query(String body) {
        var credentials = neo4j.credentials();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
        Http.Response response = new Http(neo4j.httpUri().toString()).post("/db/neo4j/query/v2", "application/json",
                body.getBytes(StandardCharsets.UTF_8), "Accept", "application/json", "Authorization", basic);
        assertThat(response.status()).as(response.body()).isIn(200, 202);
        return response.json();
    }
}

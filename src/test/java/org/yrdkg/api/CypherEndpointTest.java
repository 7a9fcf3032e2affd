package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yrdkg.api.FixtureGraph.*;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.Http;
import org.yrdkg.graph.GraphStats;
import org.yrdkg.graph.query.QueryRefusedException;
import org.yrdkg.graph.query.ReadOnlyCypher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/cypher: reads run with limits; anything that could write or escape is refused with a reason. */
class CypherEndpointTest extends FixtureGraphTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    GraphStats stats;

    @Test
    void aReadQueryRunsWithParameters() {
        JsonNode answer = post(Map.of("query", "MATCH (e:Entity {id: $id})-[r:COOPERATES_WITH]-(o:Entity) RETURN e.name AS name, o.name AS other, r",
                "params", Map.of("id", GUANLAN)), 200);
        assertThat(answer.get("columns").toString()).contains("name", "other");
        assertThat(answer.at("/rows/0/other").asString()).isEqualTo("楚丘市");
        assertThat(answer.at("/rows/0/r/type").asString()).isEqualTo("COOPERATES_WITH");
        assertThat(answer.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void nodesPathsAndAllowedProceduresComeBackAsJson() {
        JsonNode path = post(Map.of("query", "MATCH p = (:Town {id: $id})-[:LOCATED_IN]->(:District) RETURN p",
                "params", Map.of("id", QINGPING)), 200);
        assertThat(path.at("/rows/0/p/nodes/0/properties/name").asString()).isEqualTo("青萍镇");
        assertThat(path.at("/rows/0/p/nodes/1/labels").toString()).contains("District");
        JsonNode labels = post(Map.of("query", "CALL db.labels() YIELD label RETURN label"), 200);
        assertThat(labels.get("rows").findValuesAsString("label")).contains("Entity", "Document");
        JsonNode fulltext = post(Map.of("query",
                "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.name AS name", "params", Map.of("q", "楚丘")), 200);
        assertThat(fulltext.get("rows").findValuesAsString("name")).contains("楚丘市");
    }

    @Test
    void resultsBeyondTheRowLimitAreCutAndFlagged() {
        JsonNode answer = post(Map.of("query", "UNWIND range(1, 50) AS i RETURN i", "maxRows", 10), 200);
        assertThat(answer.get("rows").size()).isEqualTo(10);
        assertThat(answer.get("truncated").asBoolean()).isTrue();
        JsonNode capped = post(Map.of("query", "UNWIND range(1, 5000) AS i RETURN i", "maxRows", 1_000_000), 200);
        assertThat(capped.get("rows").size()).isEqualTo(1000);
        assertThat(capped.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void aLongRunningQueryIsStoppedAtItsTimeLimit() {
        long started = System.nanoTime();
        JsonNode problem = post(Map.of("query",
                "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n", "timeoutMs", 1000), 504);
        assertThat(problem.get("title").asString()).isEqualTo("Query timed out");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(30_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE (n:Entity {id: 'x'})",
            "MERGE (n:Entity {id: 'x'}) RETURN n",
            "MATCH (e:Entity {id: '970105'}) SET e.name = 'x'",
            "MATCH (e:Entity {id: '970105'}) DELETE e",
            "MATCH (e:Entity {id: '970105'}) DETACH DELETE e",
            "MATCH (e:Entity {id: '970105'}) REMOVE e.name",
            "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "CALL { MATCH (n:Document) RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN count(*)",
            "UNWIND range(1, 3) AS i CALL (i) { CREATE (:Tmp {i: i}) } IN TRANSACTIONS RETURN i",
            "CREATE INDEX tmpIndex IF NOT EXISTS FOR (n:Tmp) ON (n.x)",
            "DROP CONSTRAINT entityId",
            "CALL dbms.components()",
            "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
            "CALL apoc.create.node(['X'], {})",
            "CALL db.createLabel('Hack')",
            "MATCH (e:Entity) CALL (e) { SET e.hacked = true } RETURN count(*)",
            "MATCH (e:Entity) WITH e LIMIT 1 CALL (e) { WITH e WHERE false CREATE (:Tmp) } RETURN e.id",
            "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n",
            "MATCH (n) RETURN n LIMIT 1;\nCREATE (:Tmp)",
            "EXPLAIN MATCH (n) RETURN n",
            "USE system SHOW USERS",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "FOREACH (i IN [1] | CREATE (:Tmp))",
            "THIS IS NOT CYPHER"})
    void writesAndEscapesAreRefusedWithAReason(String query) {
        var before = stats.read();
        JsonNode problem = post(Map.of("query", query), 400);
        assertThat(problem.get("title").asString()).isEqualTo("Query refused");
        assertThat(problem.get("detail").asString()).isNotBlank();
        var after = stats.read();
        assertThat(after.entities()).isEqualTo(before.entities());
        assertThat(after.entitiesByType()).isEqualTo(before.entitiesByType());
        assertThat(count("MATCH (n:Tmp) RETURN count(n)", Map.of())).isZero();
        assertThat(count("MATCH (e:Entity) WHERE e.hacked RETURN count(e)", Map.of())).isZero();
    }

    @Autowired
    ReadOnlyCypher readOnly;

    @Test
    void evenPastTheGuardAWriteFailsInTheReadTransaction() {
        assertThatThrownBy(() -> readOnly.run("CREATE (:Tmp {i: 1})", Map.of(), null, null))
                .isInstanceOf(QueryRefusedException.class);
        assertThat(count("MATCH (n:Tmp) RETURN count(n)", Map.of())).isZero();
    }

    @Test
    void refusalsSayWhy() {
        assertThat(post(Map.of("query", "CREATE (n:Tmp)"), 400).get("detail").asString()).contains("Only read queries");
        assertThat(post(Map.of("query", "LOAD CSV FROM 'x' AS l RETURN l"), 400).get("detail").asString()).contains("LOAD CSV");
        assertThat(post(Map.of("query", "CALL dbms.components()"), 400).get("detail").asString()).contains("dbms.components");
        assertThat(post(Map.of("query", "RETURN 1; RETURN 2"), 400).get("detail").asString()).contains("one statement");
    }

    @Test
    void keywordsInsideStringsAndCommentsAreNotRefused() {
        JsonNode answer = post(Map.of("query", "// CREATE and LOAD CSV in a comment; fine\nRETURN 'CALL dbms.x(); DELETE' AS text"), 200);
        assertThat(answer.at("/rows/0/text").asString()).isEqualTo("CALL dbms.x(); DELETE");
        JsonNode named = post(Map.of("query", "WITH [1, 2] AS transactions RETURN 1 IN transactions AS found"), 200);
        assertThat(named.at("/rows/0/found").asBoolean()).isTrue();
    }

    @Test
    void parameterValuesThatLookLikeCypherAreJustValues() {
        String value = "'}) DETACH DELETE n; MATCH (n) DETACH DELETE n //";
        JsonNode answer = post(Map.of("query", "WITH $name AS name OPTIONAL MATCH (e:Entity {name: name}) RETURN count(e) AS n, name AS echoed",
                "params", Map.of("name", value)), 200);
        assertThat(answer.at("/rows/0/n").asLong()).isZero();
        assertThat(answer.at("/rows/0/echoed").asString()).isEqualTo(value);
        assertThat(count("MATCH (e:Entity {id: $id}) RETURN count(e)", Map.of("id", GUANLAN))).isEqualTo(1);
    }

    @Test
    void bodyProblemsAre400() {
        assertThat(post(Map.of("params", Map.of()), 400).get("parameter").asString()).isEqualTo("query");
        assertThat(post(Map.of("query", "RETURN 1", "timeoutMs", 0), 400).get("parameter").asString()).isEqualTo("timeoutMs");
        assertThat(post(Map.of("query", "RETURN 1", "maxRows", -1), 400).get("parameter").asString()).isEqualTo("maxRows");
    }

    @Test
    void theCypherEndpointNeedsNoWriteToken() {
        // the write token guards /api/documents only; reads (this endpoint included) stay open
        assertThat(post(Map.of("query", "RETURN 1 AS one"), 200).at("/rows/0/one").asInt()).isEqualTo(1);
    }

    private JsonNode post(Map<String, Object> body, int expectedStatus) {
        Http.Response response = http().post("/api/cypher", "application/json",
                JSON.writeValueAsString(new LinkedHashMap<>(body)).getBytes(StandardCharsets.UTF_8));
        if (response.status() != expectedStatus) {
            throw new AssertionError("POST /api/cypher " + body + ": expected " + expectedStatus + ", got "
                    + response.status() + ": " + response.body());
        }
        return response.json();
    }
}

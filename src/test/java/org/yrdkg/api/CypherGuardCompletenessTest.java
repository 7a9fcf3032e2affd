package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;
import org.yrdkg.graph.query.CypherGuard;

import tools.jackson.databind.json.JsonMapper;

/**
 * The read-only guard of POST /api/cypher sees what Neo4j runs: Unicode separators cannot hide a
 * keyword, SHOW/TERMINATE commands are refused, the text and its nesting are capped before Neo4j parses
 * it, and planning is bounded by the query time limit. The service stays healthy after each.
 */
class CypherGuardCompletenessTest extends EmbeddedGraphTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {
            "TERMINATE\u00A0TRANSACTIONS 'neo4j-transaction-1'",
            "TERMINATE\u3000TRANSACTIONS 'neo4j-transaction-1'",
            "\uFEFFTERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "SHOW TRANSACTIONS",
            "SHOW\u00A0TRANSACTIONS YIELD currentQuery, parameters RETURN currentQuery, parameters",
            "show settings",
            "SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'server.directories' RETURN name, value",
            "SHOW USERS",
            "SHOW CURRENT USER",
            "SHOW DATABASES",
            "SHOW PROCEDURES",
            "SHOW FUNCTIONS",
            "\u2003SHOW\u2003TRANSACTIONS",
            "// a comment\u2028CREATE (:Tmp)",
            "// a comment\u0085CREATE (:Tmp)",
            "MATCH (n) RETURN count(n);\u2029CREATE (:Tmp)",
            "LOAD\u00A0CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "LOAD\u2009CSV FROM 'http://localhost:7474/' AS line RETURN line"})
    void separatorsDoNotHideAndShowOrTerminateAreRefused(String query) {
        var problem = post(query, null);
        assertThat(problem.status()).as(query).isEqualTo(400);
        assertThat(problem.json().get("title").asString()).isEqualTo("Query refused");
        assertThat(scalar("MATCH (n:Tmp) RETURN count(n)", Map.of())).isEqualTo(0L);
        assertHealthy();
    }

    @Test
    void separatorsInsideStringsStayAsTheyAre() {
        var answer = post("RETURN\u00A0'a\u00A0b' AS text", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/rows/0/text").asString()).isEqualTo("a\u00A0b");
    }

    @Test
    void overlongTextIsRefusedBeforeNeo4jParsesIt() {
        String query = "RETURN 1 AS x //" + "x".repeat(CypherGuard.MAX_LENGTH);
        var problem = post(query, null);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("detail").asString()).contains("at most " + CypherGuard.MAX_LENGTH);
        assertHealthy();
    }

    @Test
    void deepNestingIsRefusedBeforeItOverflowsTheParser() {
        long started = System.nanoTime();
        var problem = post("RETURN " + "(".repeat(1000) + "1" + ")".repeat(1000) + " AS x", null);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("detail").asString()).contains("nests brackets deeper than");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
        assertThat(post("RETURN " + "(".repeat(20) + "1" + ")".repeat(20) + " AS x", null).status()).isEqualTo(200);
        assertHealthy();
    }

    @Test
    void manyBooleanTermsAreRefusedBeforePlanningAndAFewPlanQuickly() {
        long started = System.nanoTime();
        var refused = post(ors(2000), 2000L);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("AND/OR/XOR");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
        var planned = post(ors(CypherGuard.MAX_BOOLEAN_TERMS / 4), null);
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertHealthy();
    }

    private static String ors(int terms) {
        StringBuilder query = new StringBuilder("MATCH (n:Entity) WHERE n.id = '0'");
        for (int i = 1; i <= terms; i++) {
            query.append(" OR n.id = '").append(i).append('\'');
        }
        return query.append(" RETURN count(n) AS n").toString();
    }

    private void assertHealthy() {
        var health = http().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    private Http.Response post(String query, Long timeoutMs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (timeoutMs != null) {
            body.put("timeoutMs", timeoutMs);
        }
        return http().post("/api/cypher", "application/json", JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}

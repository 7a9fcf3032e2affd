package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;

import tools.jackson.databind.JsonNode;

/**
 * Neighbourhoods of a hub stay bounded: an invented alliance 星枢联盟 with 30 members, each invested in by
 * 30 companies of its own (931 entities within two steps).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeighborhoodBoundsTest extends EmbeddedGraphTest {

    private static final String HUB = "Test:星枢联盟";
    private static final int MEMBERS = 30;
    private static final int INVESTORS = 30;

    @BeforeAll
    void buildStar() {
        write("""
                CREATE (h:Entity:Organization {id: $hub, name: '星枢联盟'})
                WITH h
                UNWIND range(1, $members) AS i
                CREATE (m:Entity:Park {id: $hub + '/m' + i, name: '星枢成员园' + i})-[:COOPERATES_WITH {origin: 'text', mentions: 1}]->(h)
                WITH m, i
                UNWIND range(1, $investors) AS j
                CREATE (:Entity:Company {id: $hub + '/m' + i + '/c' + j, name: '星枢投资' + i + '号' + j})
                       -[:INVESTS_IN {origin: 'text', mentions: 1, amountCny: 1000000}]->(m)
                """, Map.of("hub", HUB, "members", MEMBERS, "investors", INVESTORS));
    }

    @AfterAll
    void removeStar() {
        write("MATCH (e:Entity) WHERE e.id STARTS WITH $hub DETACH DELETE e", Map.of("hub", HUB));
    }

    @Test
    void depthOneHoldsEveryFirstNeighbour() {
        JsonNode view = neighbors("depth=1");
        assertThat(view.at("/elements/nodes").size()).isEqualTo(1 + MEMBERS);
        assertThat(view.at("/elements/edges").size()).isEqualTo(MEMBERS);
        assertThat(view.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void depthTwoFollowsABoundedNumberOfFactsFromEachNeighbour() {
        JsonNode view = neighbors("depth=2&limit=2000");
        JsonNode nodes = view.at("/elements/nodes");
        assertThat(nodes.size()).isGreaterThan(1 + MEMBERS).isLessThanOrEqualTo(1 + MEMBERS + MEMBERS * 20);
        assertThat(view.get("truncated").asBoolean()).isTrue();
        assertThat(nodes.get(0).at("/data/id").asString()).isEqualTo(HUB);
        assertThat(nodes.get(0).at("/data/depth").asInt()).isZero();
        List<String> ids = nodes.findValuesAsString("id");
        for (JsonNode e : view.at("/elements/edges")) {
            assertThat(ids).contains(e.at("/data/source").asString(), e.at("/data/target").asString());
        }
        assertThat(view.at("/elements/edges").findValuesAsString("id")).doesNotHaveDuplicates();
    }

    @Test
    void theNodeLimitKeepsNearerNodesFirst() {
        JsonNode view = neighbors("depth=2&limit=40");
        JsonNode nodes = view.at("/elements/nodes");
        assertThat(nodes.size()).isEqualTo(40);
        assertThat(view.get("truncated").asBoolean()).isTrue();
        for (int i = 1; i <= MEMBERS; i++) {
            assertThat(nodes.get(i).at("/data/depth").asInt()).isEqualTo(1);
        }
        assertThat(nodes.get(MEMBERS + 1).at("/data/depth").asInt()).isEqualTo(2);
    }

    private JsonNode neighbors(String query) {
        Http.Response response = http().get("/api/entities/" + Http.encode(HUB) + "/neighbors?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void write(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
        }
    }
}

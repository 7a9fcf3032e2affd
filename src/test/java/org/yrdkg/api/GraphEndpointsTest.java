package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.api.FixtureGraph.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** /api/graph, /api/paths and /api/investments over the fixture articles. */
class GraphEndpointsTest extends FixtureGraphTest {

    @Test
    void graphTakesANameInEitherScript() {
        JsonNode view = getJson("/api/graph?entity=" + enc("觀瀾區") + "&depth=1");
        assertThat(view.get("center").asString()).isEqualTo(GUANLAN);
        assertThat(view.at("/elements/nodes").findValuesAsString("id")).contains(CHUQIU, QINGPING);
        assertThat(view.at("/elements/edges").findValuesAsString("type")).contains("COOPERATES_WITH", "LOCATED_IN");
    }

    @Test
    void graphNeedsAKnownEntity() {
        assertThat(getJson("/api/graph", 400).get("parameter").asString()).isEqualTo("entity");
        assertThat(getJson("/api/graph?entity=" + enc("不存在的地方XYZ"), 404).get("detail").asString()).contains("entity");
        assertThat(getJson("/api/graph?entity=" + GUANLAN + "&depth=9", 400).get("parameter").asString()).isEqualTo("depth");
    }

    @Test
    void pathsGoOverFactsWithEvidenceForEachTextEdge() {
        JsonNode answer = getJson("/api/paths?from=" + enc("观澜智造园区") + "&to=" + enc("楚丘"));
        assertThat(answer.at("/from/id").asString()).isEqualTo(GUANLAN_PARK);
        assertThat(answer.at("/to/id").asString()).isEqualTo(CHUQIU);
        JsonNode paths = answer.get("paths");
        assertThat(paths.size()).isEqualTo(1); // the shortest; several of length 3 exist, any one will do
        for (JsonNode path : paths) {
            List<String> nodes = path.get("nodes").findValuesAsString("id");
            assertThat(nodes.get(0)).isEqualTo(GUANLAN_PARK);
            assertThat(nodes.get(nodes.size() - 1)).isEqualTo(CHUQIU);
            assertThat(path.get("edges").size()).isEqualTo(3);
            for (JsonNode edge : path.get("edges")) {
                assertThat(edge.get("type").asString()).isIn("COOPERATES_WITH", "INVESTS_IN", "LOCATED_IN");
                if (edge.get("origin").asString().equals("text")) {
                    assertThat(edge.get("evidence").size()).isPositive();
                }
            }
        }
    }

    @Test
    void pathsRespectMaxHopsAndCheckTheirParameters() {
        JsonNode none = getJson("/api/paths?from=" + enc("观澜智造园区") + "&to=" + CHUQIU + "&maxHops=2");
        assertThat(none.get("paths").size()).isZero();
        assertThat(getJson("/api/paths?from=" + GUANLAN + "&to=" + CHUQIU + "&maxHops=9", 400).get("parameter").asString())
                .isEqualTo("maxHops");
        assertThat(getJson("/api/paths?to=" + CHUQIU, 400).get("parameter").asString()).isEqualTo("from");
        assertThat(getJson("/api/paths?from=" + GUANLAN + "&to=" + enc("观澜"), 400).get("parameter").asString()).isEqualTo("to");
        assertThat(http().get("/api/paths?from=" + GUANLAN + "&to=" + enc("没有这个地方QQ")).status()).isEqualTo(404);
    }

    @Test
    void investmentsIntoAParkWithTotalsAndEvidence() {
        JsonNode report = getJson("/api/investments?target=" + enc("楚丘高新区"));
        assertThat(report.get("count").asInt()).isEqualTo(2);
        assertThat(report.get("totalCny").asLong()).isEqualTo(4_000_000_000L);
        JsonNode top = report.at("/investments/0");
        assertThat(top.get("source").asString()).isEqualTo("鹏远汽车");
        assertThat(top.get("amountCny").asLong()).isEqualTo(3_200_000_000L);
        assertThat(top.get("project").asString()).isEqualTo("鹏远汽车(楚丘)整车项目");
        assertThat(top.at("/evidence/0/text").asString()).contains("32亿元");
        assertThat(top.at("/evidence/0/document").asString()).isEqualTo(DOC_1);
    }

    @Test
    void investmentsIntoAPlaceIncludeEverythingLocatedInIt() {
        JsonNode province = getJson("/api/investments?target=" + enc("云梦省"));
        assertThat(province.get("count").asInt()).isEqualTo(2);
        JsonNode district = getJson("/api/investments?target=" + GUANLAN);
        assertThat(district.get("investments").findValuesAsString("target")).containsExactly("观澜智造园区");
        assertThat(district.get("totalCny").asLong()).isEqualTo(150_000_000L);
    }

    @Test
    void investmentsFilterAndGroup() {
        JsonNode big = getJson("/api/investments?minAmount=1000000000&source=" + enc("鹏远汽车"));
        assertThat(big.get("count").asInt()).isEqualTo(1);
        JsonNode bySource = getJson("/api/investments?source=" + enc("星河电子") + "&groupBy=target");
        assertThat(bySource.get("totalCny").asLong()).isEqualTo(950_000_000L);
        assertThat(bySource.get("groups").findValuesAsString("name")).containsExactly("楚丘高新区", "观澜智造园区");
        assertThat(getJson("/api/investments?groupBy=year", 400).get("parameter").asString()).isEqualTo("groupBy");
        assertThat(getJson("/api/investments?minAmount=-5", 400).get("parameter").asString()).isEqualTo("minAmount");
        assertThat(http().get("/api/investments?target=" + enc("没有这个园区QQ")).status()).isEqualTo(404);
    }
}

package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.api.FixtureGraph.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** /api/queries: the catalogue and each shipped query on the fixture articles. */
class NamedQueriesTest extends FixtureGraphTest {

    @Test
    void catalogueListsEveryQueryWithItsParameters() {
        JsonNode list = getJson("/api/queries");
        assertThat(list.findValuesAsString("name")).contains("cooperation-partners", "investments-into",
                "cross-province-parks", "entities-in-province", "document-facts", "most-connected", "timeline");
        for (JsonNode query : list) {
            assertThat(query.get("description").asString()).isNotBlank();
            assertThat(query.get("examples").size()).isPositive();
        }
        JsonNode limit = find(find(list, "name", "cooperation-partners").get("params"), "name", "limit");
        assertThat(limit.get("type").asString()).isEqualTo("Integer");
        assertThat(limit.get("defaultValue").asString()).isEqualTo("50");
        assertThat(limit.get("max").asInt()).isEqualTo(500);
    }

    @Test
    void cooperationPartnersOfAPlaceGivenByShortName() {
        JsonNode answer = getJson("/api/queries/cooperation-partners?entity=" + enc("觀瀾"));
        assertThat(answer.at("/params/entity").asString()).isEqualTo(GUANLAN);
        JsonNode row = answer.at("/result/rows/0");
        assertThat(row.get("partner").asString()).isEqualTo("楚丘市");
        assertThat(row.get("evidence").size()).isEqualTo(3);
        assertThat(answer.at("/result/columns").toString()).contains("partner", "evidence");
    }

    @Test
    void investmentsIntoCarryTheTotal() {
        JsonNode rows = getJson("/api/queries/investments-into?target=" + enc("楚丘高新区")).at("/result/rows");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).get("investor").asString()).isEqualTo("鹏远汽车");
        assertThat(rows.get(0).get("amountCny").asLong()).isEqualTo(3_200_000_000L);
        assertThat(rows.get(0).get("totalCny").asLong()).isEqualTo(4_000_000_000L);
        JsonNode big = getJson("/api/queries/investments-into?target=" + YUNMENG + "&minAmount=1000000000").at("/result/rows");
        assertThat(big.size()).isEqualTo(1);
    }

    @Test
    void crossProvinceParksByFactAndByName() {
        JsonNode rows = getJson("/api/queries/cross-province-parks").at("/result/rows");
        JsonNode joint = find(rows, "parkId", JOINT_PARK);
        assertThat(joint.get("province").asString()).isEqualTo("云梦省");
        assertThat(joint.get("partnerProvinces").toString()).contains("瀛洲市");
        JsonNode hiTech = find(rows, "parkId", CHUQIU_PARK);
        assertThat(hiTech.get("partners").findValuesAsString("name")).contains("星河电子");
    }

    @Test
    void entitiesOfATypeInAProvince() {
        JsonNode rows = getJson("/api/queries/entities-in-province?province=" + enc("云梦") + "&type=Park").at("/result/rows");
        assertThat(rows.findValuesAsString("id")).containsExactlyInAnyOrder(CHUQIU_PARK, JOINT_PARK);
        JsonNode towns = getJson("/api/queries/entities-in-province?province=" + YINGZHOU + "&type=Town").at("/result/rows");
        assertThat(towns.findValuesAsString("name")).containsExactly("青萍镇");
    }

    @Test
    void factsOfADocumentByName() {
        JsonNode rows = getJson("/api/queries/document-facts?document=" + DOC_2).at("/result/rows");
        assertThat(rows.findValuesAsString("type")).contains("COOPERATES_WITH", "INVESTS_IN");
        JsonNode cooperation = find(rows, "type", "COOPERATES_WITH");
        assertThat(cooperation.get("evidence").toString()).contains("觀瀾區與楚丘市");
    }

    @Test
    void mostConnectedEntities() {
        JsonNode rows = getJson("/api/queries/most-connected?type=District&limit=5").at("/result/rows");
        assertThat(rows.findValuesAsString("id")).contains(GUANLAN);
        assertThat(find(rows, "id", GUANLAN).get("facts").asInt()).isEqualTo(2);
        JsonNode any = getJson("/api/queries/most-connected?limit=3").at("/result/rows");
        assertThat(any.size()).isEqualTo(3);
    }

    @Test
    void timelineOrdersFactsByDate() {
        JsonNode rows = getJson("/api/queries/timeline?entity=" + enc("楚丘高新区")).at("/result/rows");
        assertThat(rows.findValuesAsString("date")).containsExactly("2023-05");
        JsonNode all = getJson("/api/queries/timeline?from=2022&to=2024").at("/result/rows");
        List<String> dates = all.findValuesAsString("date");
        assertThat(dates).contains("2022-10", "2023-05", "2024-03").isSorted();
        JsonNode early = getJson("/api/queries/timeline?to=2023").at("/result/rows");
        assertThat(early.findValuesAsString("date")).contains("2022-10", "2023-05").doesNotContain("2024-03");
    }

    @Test
    void badOrMissingParametersAre400NamingTheParameter() {
        assertThat(getJson("/api/queries/cooperation-partners", 400).get("parameter").asString()).isEqualTo("entity");
        assertThat(getJson("/api/queries/cooperation-partners?entity=" + GUANLAN + "&limit=abc", 400).get("parameter").asString())
                .isEqualTo("limit");
        assertThat(getJson("/api/queries/cooperation-partners?entity=" + GUANLAN + "&limit=0", 400).get("detail").asString())
                .contains("'limit'", "between 1 and 500");
        assertThat(getJson("/api/queries/entities-in-province?province=96&type=Planet", 400).get("parameter").asString())
                .isEqualTo("type");
        assertThat(getJson("/api/queries/most-connected?limt=5", 400).get("parameter").asString()).isEqualTo("limt");
        assertThat(http().get("/api/queries/no-such-query").status()).isEqualTo(404);
    }

    @Test
    void parameterValuesThatLookLikeCypherAreOnlyValues() {
        String injection = "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //";
        assertThat(http().get("/api/queries/document-facts?document=" + enc(injection)).status()).isEqualTo(200);
        assertThat(getJson("/api/queries/document-facts?document=" + enc(injection)).at("/result/rows").size()).isZero();
        assertThat(http().get("/api/queries/cooperation-partners?entity=" + enc(injection)).status()).isEqualTo(404);
        assertThat(count("MATCH (e:Entity {id: $id}) RETURN count(e)", java.util.Map.of("id", GUANLAN))).isEqualTo(1);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.has(field) && node.get(field).asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }
}

package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.api.FixtureGraph.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** /api/entities: search, one entity, its facts with evidence, its neighbourhood. */
class EntityEndpointsTest extends FixtureGraphTest {

    @Test
    void traditionalShortFormFindsTheCanonicalEntityFirst() {
        JsonNode answer = getJson("/api/entities?q=" + enc("觀瀾"));
        assertThat(answer.get("searched").asString()).isEqualTo("观澜");
        assertThat(answer.at("/results/0/id").asString()).isEqualTo(GUANLAN);
        assertThat(answer.at("/results/0/name").asString()).isEqualTo("观澜区");
        assertThat(answer.at("/results/0/type").asString()).isEqualTo("District");
    }

    @Test
    void simplifiedShortFormAndSingleCharacterAliasFindTheirEntity() {
        assertThat(getJson("/api/entities?q=" + enc("观澜")).at("/results/0/id").asString()).isEqualTo(GUANLAN);
        assertThat(getJson("/api/entities?q=" + enc("瀛")).at("/results/0/id").asString()).isEqualTo(YINGZHOU);
        assertThat(getJson("/api/entities?q=" + enc("楚丘")).at("/results/0/id").asString()).isEqualTo(CHUQIU);
    }

    @Test
    void exactNameRanksFirstAndPartialNamesMatch() {
        assertThat(getJson("/api/entities?q=" + enc("楚丘高新区")).at("/results/0/id").asString()).isEqualTo(CHUQIU_PARK);
        assertThat(ids(getJson("/api/entities?q=" + enc("智造")).get("results"))).contains(GUANLAN_PARK);
        assertThat(ids(getJson("/api/entities?q=" + enc("觀瀾智造園區")).get("results"))).first().isEqualTo(GUANLAN_PARK);
    }

    @Test
    void aliasesAreFoundWholeAndInPartRankedBelowNames() {
        JsonNode exact = getJson("/api/entities?q=" + enc("银汉科技")).get("results");
        assertThat(exact.at("/0/id").asString()).isEqualTo(XINGHE);
        assertThat(exact.at("/0/score").asDouble()).isEqualTo(90.0);
        assertThat(ids(getJson("/api/entities?q=" + enc("汉科")).get("results"))).contains(XINGHE);
    }

    @Test
    void oneCharacterFindsNamesThatStartWithItOrContainItAndAliasesThatStartWithIt() {
        JsonNode prefix = getJson("/api/entities?q=" + enc("青")).get("results");
        assertThat(prefix.at("/0/id").asString()).isEqualTo(QINGPING);
        assertThat(prefix.at("/0/score").asDouble()).isEqualTo(60.0);
        JsonNode inside = getJson("/api/entities?q=" + enc("萍")).get("results");
        assertThat(ids(inside)).contains(QINGPING);
        // 汉 is only inside the alias 银汉科技 (as the start of its bigram 汉科)
        assertThat(ids(getJson("/api/entities?q=" + enc("汉")).get("results"))).contains(XINGHE);
        assertThat(getJson("/api/entities?q=" + enc("瀛")).at("/results/0/score").asDouble()).isEqualTo(90.0);
    }

    @Test
    void prefixMatchesRankAboveNamesThatOnlyContainTheText() {
        List<String> ranked = ids(getJson("/api/entities?q=" + enc("楚丘") + "&limit=100").get("results"));
        assertThat(ranked.get(0)).isEqualTo(CHUQIU); // exact alias
        assertThat(ranked).contains(CHUQIU_PARK, UNIVERSITY, JOINT_PARK);
        assertThat(ranked.indexOf(CHUQIU_PARK)).isLessThan(ranked.indexOf(JOINT_PARK)); // prefix before contained
        assertThat(ranked.indexOf(UNIVERSITY)).isLessThan(ranked.indexOf(JOINT_PARK));
    }

    @Test
    void typeFilterKeepsOnlyThatType() {
        JsonNode results = getJson("/api/entities?q=" + enc("楚丘") + "&type=Park").get("results");
        assertThat(ids(results)).contains(CHUQIU_PARK, JOINT_PARK).doesNotContain(CHUQIU, UNIVERSITY);
        results.forEach(r -> assertThat(r.get("type").asString()).isEqualTo("Park"));
    }

    @Test
    void searchRejectsBadParametersNamingThem() {
        assertThat(getJson("/api/entities", 400).get("parameter").asString()).isEqualTo("q");
        assertThat(getJson("/api/entities?q=x&type=Planet", 400).get("parameter").asString()).isEqualTo("type");
        assertThat(getJson("/api/entities?q=x&limit=0", 400).get("parameter").asString()).isEqualTo("limit");
        assertThat(getJson("/api/entities?q=x&limit=abc", 400).toString()).contains("limit");
        assertThat(getJson("/api/entities?q=" + "长".repeat(201), 400).get("parameter").asString()).isEqualTo("q");
    }

    @Test
    void luceneSyntaxInTheSearchTextIsJustText() {
        assertThat(getJson("/api/entities?q=" + enc("楚丘 AND (name:*) OR \"x")).get("results").isArray()).isTrue();
    }

    @Test
    void entityDetailHasAliasesCodeParentChainAndCounts() {
        JsonNode town = getJson("/api/entities/" + QINGPING);
        assertThat(town.get("name").asString()).isEqualTo("青萍镇");
        assertThat(town.get("code").asString()).isEqualTo(QINGPING);
        assertThat(town.at("/parents/0/id").asString()).isEqualTo(GUANLAN);
        assertThat(town.at("/parents/0/origin").asString()).isEqualTo("gazetteer");
        assertThat(town.at("/parents/1/id").asString()).isEqualTo(YINGZHOU);

        JsonNode district = getJson("/api/entities/" + GUANLAN);
        assertThat(district.get("aliases").toString()).contains("观澜", "觀瀾區");
        assertThat(district.get("documents").asInt()).isEqualTo(2);
        assertThat(district.get("mentions").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(district.at("/facts/COOPERATES_WITH").asInt()).isEqualTo(1);

        JsonNode park = getJson("/api/entities/" + enc(GUANLAN_PARK));
        assertThat(park.at("/parents/0/id").asString()).isEqualTo(QINGPING);
        assertThat(park.at("/parents/0/origin").asString()).isEqualTo("text");
        assertThat(park.get("parents").size()).isEqualTo(3);
    }

    @Test
    void unknownEntityIdsAre404() {
        assertThat(http().get("/api/entities/000000").status()).isEqualTo(404);
        assertThat(http().get("/api/entities/000000/relations").status()).isEqualTo(404);
        JsonNode none = getJson("/api/entities/" + QINGPING + "/relations?type=INVESTS_IN");
        assertThat(none.get("total").asLong()).isZero();
        assertThat(none.get("relations").size()).isZero();
        assertThat(http().get("/api/entities/000000/neighbors").status()).isEqualTo(404);
        assertThat(getJson("/api/entities/" + enc("Park:没有这个园区"), 404).get("title").asString()).isEqualTo("No such entity");
    }

    @Test
    void relationsCarryEvidenceSentencesAndDocumentNames() {
        JsonNode answer = getJson("/api/entities/" + GUANLAN + "/relations?type=COOPERATES_WITH");
        assertThat(answer.get("total").asInt()).isEqualTo(1);
        JsonNode fact = answer.at("/relations/0");
        assertThat(fact.get("otherId").asString()).isEqualTo(CHUQIU);
        assertThat(fact.get("mentions").asInt()).isEqualTo(3);
        assertThat(fact.get("date").asString()).isEqualTo("2022-10");
        List<String> documents = new ArrayList<>();
        for (JsonNode evidence : fact.get("evidence")) {
            String text = evidence.get("text").asString();
            assertThat(text).containsAnyOf("观澜区", "觀瀾區").contains("楚丘市");
            documents.add(evidence.get("document").asString());
        }
        assertThat(documents).contains(DOC_1, DOC_2);
    }

    @Test
    void relationsFilterByDirectionAndPage() {
        JsonNode incoming = getJson("/api/entities/" + GUANLAN + "/relations?type=LOCATED_IN&direction=in");
        assertThat(incoming.get("relations").findValuesAsString("otherId")).containsExactlyInAnyOrder(QINGPING, XINGHE);
        JsonNode outgoing = getJson("/api/entities/" + GUANLAN + "/relations?type=LOCATED_IN&direction=out");
        assertThat(outgoing.get("relations").findValuesAsString("otherId")).containsExactly(YINGZHOU);
        JsonNode page = getJson("/api/entities/" + GUANLAN + "/relations?limit=2&offset=1");
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("relations").size()).isEqualTo(2);
        assertThat(getJson("/api/entities/" + GUANLAN + "/relations?direction=up", 400).get("parameter").asString())
                .isEqualTo("direction");
        assertThat(getJson("/api/entities/" + GUANLAN + "/relations?type=OWNS", 400).get("parameter").asString())
                .isEqualTo("type");
    }

    @Test
    void neighborsAreCytoscapeElementsWithinTheDepth() {
        JsonNode one = getJson("/api/entities/" + GUANLAN + "/neighbors?depth=1");
        List<String> nodes = one.at("/elements/nodes").findValuesAsString("id");
        assertThat(nodes).contains(GUANLAN, CHUQIU, YINGZHOU, QINGPING, XINGHE).doesNotContain(YUNMENG, GUANLAN_PARK);
        JsonNode edge = one.at("/elements/edges/0/data");
        assertThat(edge.has("source")).isTrue();
        assertThat(edge.has("target")).isTrue();
        assertThat(edge.has("type")).isTrue();
        assertThat(one.at("/elements/nodes/0/data/label").asString()).isEqualTo("观澜区");

        JsonNode two = getJson("/api/entities/" + GUANLAN + "/neighbors?depth=2");
        assertThat(two.at("/elements/nodes").findValuesAsString("id")).contains(YUNMENG, GUANLAN_PARK, CHUQIU_PARK);
        for (JsonNode e : two.at("/elements/edges")) {
            assertThat(two.at("/elements/nodes").findValuesAsString("id"))
                    .contains(e.at("/data/source").asString(), e.at("/data/target").asString());
        }
        JsonNode cooperation = getJson("/api/entities/" + GUANLAN + "/neighbors?depth=3&type=COOPERATES_WITH");
        assertThat(cooperation.at("/elements/nodes").findValuesAsString("id")).containsExactlyInAnyOrder(GUANLAN, CHUQIU);
    }

    @Test
    void neighborsRespectTheNodeLimitAndCheckDepth() {
        JsonNode small = getJson("/api/entities/" + GUANLAN + "/neighbors?depth=2&limit=3");
        assertThat(small.at("/elements/nodes").size()).isEqualTo(3);
        assertThat(small.get("truncated").asBoolean()).isTrue();
        assertThat(getJson("/api/entities/" + GUANLAN + "/neighbors?depth=4", 400).get("parameter").asString()).isEqualTo("depth");
        assertThat(getJson("/api/entities/" + GUANLAN + "/neighbors?depth=0", 400).get("parameter").asString()).isEqualTo("depth");
    }

    static List<String> ids(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.forEach(r -> out.add(r.get("id").asString()));
        return out;
    }
}

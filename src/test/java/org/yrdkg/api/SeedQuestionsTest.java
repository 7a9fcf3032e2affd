package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;

import tools.jackson.databind.JsonNode;

/**
 * The questions answered from the seed articles as loaded at start-up. Ids are looked up
 * through the search endpoint, never assumed. Needs the real extractor (the placeholder finds nothing).
 */
class SeedQuestionsTest extends EmbeddedGraphTest {

    @Test
    void traditionalOrSimplifiedShortFormFindsMinhangDistrict() {
        assertThat(firstHit("閔行").get("name").asString()).isEqualTo("闵行区");
        assertThat(firstHit("闵行").get("name").asString()).isEqualTo("闵行区");
    }

    @Test
    void aProvincesOfficialAbbreviationNamesItInNamedQueries() {
        // the README's example: 皖 is Anhui's official one-character form (GB/T 2260), whether or not an article wrote it
        JsonNode byAbbreviation = json("/api/queries/entities-in-province?province=" + Http.encode("皖") + "&type=Park");
        JsonNode byName = json("/api/queries/entities-in-province?province=" + Http.encode("安徽省") + "&type=Park");
        assertThat(byAbbreviation.at("/params/province").asString()).isEqualTo(idOf("安徽省"));
        assertThat(byAbbreviation.at("/result/rows").size()).isPositive();
        assertThat(byAbbreviation.at("/result/rows")).isEqualTo(byName.at("/result/rows"));
    }

    @Test
    void minhangCooperatesWithHuainanWithEvidenceNamingBoth() {
        String minhang = idOf("闵行区");
        String huainan = idOf("淮南市");
        JsonNode relations = json("/api/entities/" + Http.encode(minhang) + "/relations?type=COOPERATES_WITH&limit=500");
        JsonNode withHuainan = null;
        for (JsonNode fact : relations.get("relations")) {
            if (fact.get("otherId").asString().equals(huainan)) {
                withHuainan = fact;
            }
        }
        assertThat(withHuainan).as("COOPERATES_WITH 闵行区–淮南市").isNotNull();
        boolean both = false;
        for (JsonNode evidence : withHuainan.get("evidence")) {
            String text = evidence.get("text").asString();
            both |= text.contains("闵行") && text.contains("淮南");
        }
        assertThat(both).as("an evidence sentence names 闵行 and 淮南").isTrue();
    }

    @Test
    void investmentsIntoHuainanHighTechZoneInclude5500000000ForKaiwo() {
        JsonNode report = json("/api/investments?target=" + Http.encode(idOf("淮南高新区")));
        boolean kaiwo = false;
        for (JsonNode investment : report.get("investments")) {
            kaiwo |= investment.get("source").asString().contains("开沃汽车")
                    && investment.get("amountCny").asLong() == 5_500_000_000L;
        }
        assertThat(kaiwo).as("开沃汽车 5500000000 in " + report).isTrue();
    }

    @Test
    void aPathLinksXinzhuangIndustrialZoneAndHuainan() {
        JsonNode answer = json("/api/paths?from=" + Http.encode("莘庄工业区") + "&to=" + Http.encode("淮南市") + "&maxHops=6");
        assertThat(answer.at("/from/name").asString()).contains("莘庄工业区");
        assertThat(answer.at("/to/id").asString()).isEqualTo(idOf("淮南市"));
        assertThat(answer.get("paths").size()).isPositive();
    }

    private JsonNode firstHit(String q) {
        JsonNode results = json("/api/entities?q=" + Http.encode(q)).get("results");
        assertThat(results.size()).as("hits for " + q).isPositive();
        return results.get(0);
    }

    private String idOf(String name) {
        JsonNode hit = firstHit(name);
        assertThat(hit.get("name").asString()).isEqualTo(name);
        return hit.get("id").asString();
    }

    private JsonNode json(String path) {
        var response = http().get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }
}

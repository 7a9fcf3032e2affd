package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.api.FixtureGraph.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yrdkg.graph.DocumentIds;

import tools.jackson.databind.JsonNode;

/** What the explorer page reads beyond the other endpoints: parents and fact counts, mentions to highlight. */
class ExplorerReadsTest extends FixtureGraphTest {

    @Test
    void searchResultsCarryTheirParentPlaceAndFactCounts() {
        JsonNode first = getJson("/api/entities?q=" + enc("觀瀾")).at("/results/0");
        assertThat(first.get("id").asString()).isEqualTo(GUANLAN);
        assertThat(first.at("/parent/id").asString()).isEqualTo(YINGZHOU);
        assertThat(first.at("/parent/name").asString()).isEqualTo("瀛洲市");
        for (String type : List.of("COOPERATES_WITH", "INVESTS_IN", "LOCATED_IN")) {
            long expected = count("MATCH (:Entity {id: $id})-[r]-(:Entity) WHERE type(r) = $type RETURN count(r)",
                    Map.of("id", GUANLAN, "type", type));
            assertThat(first.at("/facts/" + type).asLong()).as(type).isEqualTo(expected);
        }
    }

    @Test
    void evidenceSentencesCarryTheirMentionsAtTheRightPlaces() {
        JsonNode relations = getJson("/api/entities/" + enc(PENGYUAN) + "/relations?type=INVESTS_IN").get("relations");
        JsonNode evidence = relations.at("/0/evidence/0");
        String text = evidence.get("text").asString();
        List<String> marked = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode mark : evidence.get("marks")) {
            marked.add(text.substring(mark.get("start").asInt(), mark.get("end").asInt()));
            entities.add(mark.get("entityId").asString());
            types.add(mark.get("type").asString());
        }
        assertThat(marked).contains("鹏远汽车", "楚丘高新区");
        assertThat(entities).contains(PENGYUAN, CHUQIU_PARK);
        assertThat(types).contains("Company", "Park");
    }

    @Test
    void documentSentencesComeInOrderWithMentionsWhoseOffsetsPointAtTheirSurface() {
        JsonNode sentences = getJson("/api/documents/" + DocumentIds.of(DOC_1) + "/sentences");
        assertThat(sentences.size()).isEqualTo(7);
        int mentions = 0;
        for (int i = 0; i < sentences.size(); i++) {
            JsonNode sentence = sentences.get(i);
            assertThat(sentence.get("index").asInt()).isEqualTo(i);
            String text = sentence.get("text").asString();
            for (JsonNode mention : sentence.get("mentions")) {
                assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                        .isEqualTo(mention.get("surface").asString());
                assertThat(mention.get("type").asString()).isNotBlank();
                mentions++;
            }
        }
        assertThat((long) mentions).isEqualTo(count("MATCH (:Document {id: $id})-[:HAS_SENTENCE]->()-[m:MENTIONS]->() RETURN count(m)",
                Map.of("id", DocumentIds.of(DOC_1))));
        getJson("/api/documents/doc-0000000000000000/sentences", 404);
    }

    @Test
    void explorerSettingsTellBrowsersAddressAndThatUploadsNeedTheToken() {
        JsonNode settings = getJson("/api/explorer");
        assertThat(settings.get("browserUrl").asString()).startsWith("http://").endsWith("/browser/");
        assertThat(settings.get("writeTokenRequired").asBoolean()).isTrue();
    }
}

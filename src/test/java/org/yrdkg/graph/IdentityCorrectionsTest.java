package org.yrdkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.graph.correction.CorrectionRequest;
import org.yrdkg.graph.correction.Corrections;
import org.yrdkg.graph.identity.GraphSnapshot;

/**
 * Corrections made to an entity known by a short form keep holding when a later document brings the
 * entity's full name and identity joins the short form to it (the entity's id changes), on every write
 * path and in either order; reverting them gives the graph the loads alone give. Invented names.
 */
class IdentityCorrectionsTest extends EmbeddedGraphTest {

    private static final String SHORT = SampleExtractions.id("甲乙丙科技");
    private static final String FULL = SampleExtractions.id("甲乙丙科技有限公司");
    private static final String INSTITUTE = SampleExtractions.id("庚辛研究院");

    @Autowired
    GraphWriter writer;
    @Autowired
    Corrections corrections;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        runWrite("MATCH (c:Correction) DETACH DELETE c");
        deleteBoth();
    }

    private static Extraction full() {
        return SampleExtractions.cooperation("ident-full.txt", "甲乙丙科技有限公司", "丁戊促进会", "苏州甲乙一体化发展示范区", 1_500_000_000L);
    }

    private static Extraction shortForm() {
        return SampleExtractions.cooperation("ident-short.txt", "甲乙丙科技", "庚辛研究院", "苏州示范区", 1_500_000_000L);
    }

    @Test
    void correctionsOfAShortFormFollowItIntoTheFullNamesEntity() {
        writer.write(shortForm(), "test");
        writer.write(full(), "test");
        GraphSnapshot loadsAlone = GraphSnapshot.of(driver);
        deleteBoth();

        writer.write(shortForm(), "test");
        String alias = correct("add-alias", Map.of("entity", SHORT, "alias", "甲乙丙"));
        // cooperation is symmetric: its id has its ends in id order
        String reject = correct("reject", Map.of("fact", INSTITUTE + "|COOPERATES_WITH|" + SHORT));
        writer.write(full(), "test");
        assertThat(count("MATCH (e:Entity {id: $id}) RETURN count(e)", SHORT)).as("joined to the full name").isZero();
        holdOn(FULL);
        GraphSnapshot corrected = GraphSnapshot.of(driver);

        deleteBoth();
        writer.write(full(), "test");
        writer.write(shortForm(), "test");
        assertThat(GraphSnapshot.of(driver)).as("the other order").isEqualTo(corrected);

        deleteBoth();
        writer.write(shortForm(), "test", GraphWriter.Rewrites.AT_SETTLE);
        writer.write(full(), "test", GraphWriter.Rewrites.AT_SETTLE);
        writer.settleIdentity();
        assertThat(GraphSnapshot.of(driver)).as("a bulk load, settled").isEqualTo(corrected);

        writer.delete(DocumentIds.of("ident-full.txt"));
        holdOn(SHORT);
        writer.write(full(), "test");
        assertThat(GraphSnapshot.of(driver)).as("deleted and loaded again").isEqualTo(corrected);

        corrections.revert(alias);
        corrections.revert(reject);
        assertThat(GraphSnapshot.of(driver)).as("reverted").isEqualTo(loadsAlone);
    }

    @SuppressWarnings("unchecked")
    private void holdOn(String company) {
        assertThat((List<Object>) scalar("MATCH (e:Entity {id: $id}) RETURN e.aliases", Map.of("id", company))).contains("甲乙丙");
        assertThat(count("MATCH (:Entity {id: $id})-[r:COOPERATES_WITH]-(:Entity {id: '" + INSTITUTE + "'}) RETURN count(r)", company))
                .as("rejected").isZero();
        assertThat(count("MATCH (:Entity {id: $id})-[r:COOPERATES_WITH]-() RETURN count(r)", company)).as("the other stays").isEqualTo(
                company.equals(FULL) ? 1 : 0);
        assertThat(count("MATCH (:Entity {id: $id})-[r:INVESTS_IN]->() RETURN count(r)", company)).isEqualTo(1);
    }

    private String correct(String kind, Map<String, String> arguments) {
        return corrections.create(new CorrectionRequest(kind, "analyst-3", "checked", arguments)).id();
    }

    private void deleteBoth() {
        for (String name : List.of("ident-full.txt", "ident-short.txt")) {
            writer.delete(DocumentIds.of(name));
        }
    }

    private long count(String cypher, String id) {
        return ((Number) scalar(cypher, Map.of("id", id))).longValue();
    }
}

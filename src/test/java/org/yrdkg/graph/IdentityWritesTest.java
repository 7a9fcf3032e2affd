package org.yrdkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;
import org.yrdkg.graph.identity.GraphSnapshot;

/** One node per real thing across documents, in the real graph, with invented names. */
class IdentityWritesTest extends EmbeddedGraphTest {

    private static final String FULL = "甲乙丙科技有限公司";
    private static final String PARK = "苏州甲乙一体化发展示范区";

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphDatabase database;

    @AfterEach
    void removeTestDocuments() {
        for (String name : List.of("ident-a.txt", "ident-b.txt")) {
            writer.delete(DocumentIds.of(name));
        }
    }

    private static org.yrdkg.extract.model.Extraction a() {
        return SampleExtractions.cooperation("ident-a.txt", FULL, "丁戊促进会", PARK, 1_500_000_000L);
    }

    private static org.yrdkg.extract.model.Extraction b() {
        return SampleExtractions.cooperation("ident-b.txt", "甲乙丙科技", "庚辛研究院", "苏州示范区", 1_500_000_000L);
    }

    @Test
    void aShortFormInAnotherDocumentIsTheSameNodeInEitherOrder() {
        GraphCounts before = GraphCounts.of(driver);
        writer.write(a(), "test");
        writer.write(b(), "test");
        GraphSnapshot aThenB = GraphSnapshot.of(driver);

        assertThat(count("MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e)",
                Map.of("ids", List.of(SampleExtractions.id("甲乙丙科技"), SampleExtractions.id("苏州示范区"))))).isZero();
        assertThat(scalar("MATCH (e:Entity {id: $id}) RETURN e.aliases", Map.of("id", SampleExtractions.id(FULL))))
                .isEqualTo(List.of("甲乙丙科技"));
        assertThat(scalar("MATCH (:Entity {id: $a})-[r:INVESTS_IN]->(:Entity {id: $b}) RETURN r.documentCount",
                Map.of("a", SampleExtractions.id(FULL), "b", SampleExtractions.id(PARK)))).isEqualTo(2L);
        assertThat(http().get("/api/entities?q=" + Http.encode("苏州示范区")).json().at("/results/0/id").asString())
                .isEqualTo(SampleExtractions.id(PARK));

        writer.delete(DocumentIds.of("ident-a.txt"));
        assertThat(scalar("MATCH (e:Entity {id: $id}) RETURN e.name", Map.of("id", SampleExtractions.id("甲乙丙科技"))))
                .isEqualTo("甲乙丙科技");
        assertThat(count("MATCH (e:Entity {id: $id}) RETURN count(e)", Map.of("id", SampleExtractions.id(FULL)))).isZero();
        writer.delete(DocumentIds.of("ident-b.txt"));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);

        writer.write(b(), "test");
        writer.write(a(), "test");
        assertThat(GraphSnapshot.of(driver)).isEqualTo(aThenB);
    }

    @Test
    void aBulkWriteMarksTheDocumentsItMovesAndSettlingWritesThemOnceAsAnUploadWould() {
        writer.write(b(), "test");
        writer.write(a(), "test");
        GraphSnapshot uploaded = GraphSnapshot.of(driver);
        writer.delete(DocumentIds.of("ident-a.txt"));
        writer.delete(DocumentIds.of("ident-b.txt"));

        writer.write(b(), "test", GraphWriter.Rewrites.AT_SETTLE);
        writer.write(a(), "test", GraphWriter.Rewrites.AT_SETTLE);
        // b's short forms now belong to a's longer names: b still points at its own nodes, marked
        assertThat(count("MATCH (d:Document) WHERE d.identityStale RETURN count(d)", Map.of())).isEqualTo(1L);
        assertThat(count("MATCH (e:Entity {id: $id}) RETURN count(e)", Map.of("id", SampleExtractions.id("甲乙丙科技")))).isEqualTo(1L);

        assertThat(writer.settleIdentity()).isEqualTo(1);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(uploaded);
        assertThat(count("MATCH (d:Document) WHERE d.identityStale RETURN count(d)", Map.of())).isZero();
        assertThat(writer.settleIdentity()).isZero();
    }

    @Test
    void aWriterStartedOnTheGraphReadsTheFormsItsDocumentsKeepAndOnlyJoinedFormsHaveNodes() {
        writer.write(a(), "test");
        writer.write(b(), "test");
        GraphSnapshot bothWritten = GraphSnapshot.of(driver);
        // only b's short names belong to another entity than their own
        assertThat(scalar("MATCH (f:Form) WHERE f.id IN $ids RETURN collect(f.id + '>' + f.entity)",
                Map.of("ids", List.of(SampleExtractions.id(FULL), SampleExtractions.id("甲乙丙科技"), SampleExtractions.id(PARK),
                        SampleExtractions.id("苏州示范区"), SampleExtractions.id("丁戊促进会"), SampleExtractions.id("庚辛研究院")))))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder(
                        SampleExtractions.id("甲乙丙科技") + ">" + SampleExtractions.id(FULL),
                        SampleExtractions.id("苏州示范区") + ">" + SampleExtractions.id(PARK));
        writer.delete(DocumentIds.of("ident-b.txt"));

        // a writer that has never seen a (a restart) builds its index from the forms a's document keeps
        new GraphWriter(driver, database).write(b(), "test");
        assertThat(GraphSnapshot.of(driver)).isEqualTo(bothWritten);
        writer.delete(DocumentIds.of("ident-b.txt"));

        // a store of the earlier layout, a's forms as USES relationships to a Form node each, is read the same
        runWrite("""
                MATCH (d:Document {id: '%s'})
                UNWIND d.forms AS form
                WITH d, split(form, '\u001F') AS parts
                MERGE (f:Form {id: parts[0]}) SET f.type = parts[1], f.name = parts[2], f.entity = parts[0]
                CREATE (d)-[:USES {names: parts[3..]}]->(f)
                WITH DISTINCT d REMOVE d.forms""".formatted(DocumentIds.of("ident-a.txt")));
        new GraphWriter(driver, database).write(b(), "test");
        assertThat(GraphSnapshot.of(driver)).isEqualTo(bothWritten);
        assertThat(count("MATCH ()-[u:USES]->() RETURN count(u)", Map.of())).isZero();
        assertThat(count("MATCH (f:Form) WHERE f.entity = f.id RETURN count(f)", Map.of())).isZero();
    }

    private long count(String cypher, Map<String, Object> params) {
        return ((Number) scalar(cypher, params)).longValue();
    }
}

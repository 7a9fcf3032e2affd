package org.yrdkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;

/** The writer's promises, against the real in-process Neo4j (with the seeds already in it). */
class GraphWriterTest extends EmbeddedGraphTest {

    @Autowired
    GraphWriter writer;
    @Autowired
    GraphDatabase database;

    @AfterEach
    void removeTestDocuments() {
        for (String name : List.of("writer-a.txt", "writer-b.txt", "writer-fail.txt", "writer-concurrent.txt")) {
            writer.delete(DocumentIds.of(name));
        }
        for (int i = 0; i < MANY; i++) {
            writer.delete(DocumentIds.of("writer-many-" + i + ".txt"));
        }
    }

    @Test
    void loadingTheSameContentTwiceChangesNothing() {
        var extraction = SampleExtractions.cooperation("writer-a.txt", "甲乙丙科技有限公司", "丁戊市投资促进中心", "己庚高新区", 1_500_000_000L);
        assertThat(writer.write(extraction, "test").outcome()).isEqualTo(GraphWriter.Outcome.CREATED);
        var after = GraphCounts.of(driver);
        assertThat(writer.write(extraction, "test").outcome()).isEqualTo(GraphWriter.Outcome.UNCHANGED);
        assertThat(GraphCounts.of(driver)).isEqualTo(after);
    }

    @Test
    void changedContentReplacesTheOldFactsAndDeleteRestoresTheGraph() {
        var before = GraphCounts.of(driver);
        writer.write(SampleExtractions.cooperation("writer-a.txt", "甲乙丙科技有限公司", "丁戊市投资促进中心", "己庚高新区", 1_500_000_000L), "test");
        var changed = SampleExtractions.cooperation("writer-a.txt", "甲乙丙科技有限公司", "辛壬大学", "己庚高新区", 800_000_000L);
        assertThat(writer.write(changed, "test").outcome()).isEqualTo(GraphWriter.Outcome.REPLACED);

        assertThat(count("MATCH (:Entity {id: $id}) RETURN count(*)", Map.of("id", SampleExtractions.id("丁戊市投资促进中心")))).isZero();
        assertThat(count("MATCH (:Entity {id: $a})-[:COOPERATES_WITH]-(:Entity {id: $b}) RETURN count(*)",
                Map.of("a", SampleExtractions.id("甲乙丙科技有限公司"), "b", SampleExtractions.id("辛壬大学")))).isEqualTo(1);
        assertThat(scalar("MATCH (:Entity {id: $id})-[r:INVESTS_IN]->() RETURN r.amountCny",
                Map.of("id", SampleExtractions.id("甲乙丙科技有限公司")))).isEqualTo(800_000_000L);

        assertThat(writer.delete(DocumentIds.of("writer-a.txt"))).isTrue();
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void factsSharedByTwoDocumentsSurviveTheRemovalOfOne() {
        writer.write(SampleExtractions.cooperation("writer-a.txt", "癸子集团", "丑寅研究院", "卯辰产业园", 100_000_000L), "test");
        writer.write(SampleExtractions.cooperation("writer-b.txt", "癸子集团", "丑寅研究院", "巳午经开区", 200_000_000L), "test");
        writer.delete(DocumentIds.of("writer-a.txt"));
        assertThat(count("""
                MATCH (:Entity {id: $a})-[r:COOPERATES_WITH {documentCount: 1, mentions: 1}]-(:Entity {id: $b})
                MATCH (:Document {id: $doc})-[:HAS_SENTENCE]->(:Sentence)-[:STATES {fact: r.id}]->()
                RETURN count(*)""",
                Map.of("a", SampleExtractions.id("癸子集团"), "b", SampleExtractions.id("丑寅研究院"), "doc", DocumentIds.of("writer-b.txt")))).isEqualTo(1);
        assertThat(count("MATCH (e:Entity {id: $id}) RETURN count(e)", Map.of("id", SampleExtractions.id("卯辰产业园")))).isZero();
    }

    @Test
    void aFailureHalfWayLeavesNothingOfTheDocument() {
        var before = GraphCounts.of(driver);
        GraphWriter failing = new GraphWriter(driver, database, file -> {
            if (file.endsWith("merge-entities")) {
                throw new IllegalStateException("forced failure after the first batches");
            }
        });
        var extraction = SampleExtractions.cooperation("writer-fail.txt", "未申科技有限公司", "酉戌大学", "亥甲科创园", 300_000_000L);
        assertThatThrownBy(() -> failing.write(extraction, "test")).hasMessageContaining("forced failure");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void concurrentLoadsOfOneDocumentLeaveOneCopy() throws Exception {
        var before = GraphCounts.of(driver);
        var extraction = SampleExtractions.cooperation("writer-concurrent.txt", "乙丑科技有限公司", "丙寅学院", "丁卯工业园", 400_000_000L);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<GraphWriter.Written>> loads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                loads.add(() -> writer.write(extraction, "test"));
            }
            List<GraphWriter.Outcome> outcomes = new ArrayList<>();
            for (Future<GraphWriter.Written> f : pool.invokeAll(loads)) {
                outcomes.add(f.get().outcome());
            }
            assertThat(outcomes).containsOnlyOnce(GraphWriter.Outcome.CREATED);
        } finally {
            pool.shutdown();
        }
        assertThat(count("MATCH (d:Document {name: $name}) RETURN count(d)", Map.of("name", "writer-concurrent.txt"))).isEqualTo(1);
        var single = GraphCounts.of(driver);
        writer.delete(DocumentIds.of("writer-concurrent.txt"));
        writer.write(extraction, "test");
        assertThat(GraphCounts.of(driver)).isEqualTo(single);
        writer.delete(DocumentIds.of("writer-concurrent.txt"));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    private static final int MANY = 8;

    @Test
    void documentsStatingOneFactConcurrentlyAllCount() throws Exception {
        var before = GraphCounts.of(driver);
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<GraphWriter.Written>> loads = new ArrayList<>();
            for (int i = 0; i < MANY; i++) {
                var x = SampleExtractions.cooperation("writer-many-" + i + ".txt", "壬申集团", "癸酉学院", "甲戌园区", 100_000_000L);
                loads.add(() -> writer.write(x, "test"));
            }
            for (Future<GraphWriter.Written> f : pool.invokeAll(loads)) {
                assertThat(f.get().outcome()).isEqualTo(GraphWriter.Outcome.CREATED);
            }
        } finally {
            pool.shutdown();
        }
        // counters bumped by concurrent transactions add up (no lost update) and agree with the evidence
        assertThat(scalar("MATCH (:Entity {id: $a})-[r:COOPERATES_WITH]-() RETURN [r.documentCount, r.mentions]",
                Map.of("a", SampleExtractions.id("壬申集团")))).isEqualTo(List.of((long) MANY, (long) MANY));
        assertThat(count(CypherFiles.query("check/facts-without-evidence"), Map.of())).isZero();
        for (int i = 0; i < MANY; i++) {
            writer.delete(DocumentIds.of("writer-many-" + i + ".txt"));
        }
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void aBatchIsWrittenInOneTransactionAndFailsAsAWhole() {
        var before = GraphCounts.of(driver);
        var a = SampleExtractions.cooperation("writer-a.txt", "甲子集团", "乙丑研究院", "丙寅产业园", 100_000_000L);
        var b = SampleExtractions.cooperation("writer-b.txt", "甲子集团", "丁卯大学", "丙寅产业园", 200_000_000L);
        GraphWriter failing = new GraphWriter(driver, database, file -> {
            // the last statement: both documents' sentences, entities and facts are written by then
            if (file.endsWith("merge-facts")) {
                throw new IllegalStateException("forced failure at the end of the batch");
            }
        });
        assertThatThrownBy(() -> failing.writeAll(List.of(a, b), List.of("test", "test"))).hasMessageContaining("forced failure");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);

        var written = writer.writeAll(List.of(a, b), List.of("test", "test"));
        assertThat(written).extracting(GraphWriter.Written::outcome)
                .containsExactly(GraphWriter.Outcome.CREATED, GraphWriter.Outcome.CREATED);
        var batched = GraphCounts.of(driver);
        writer.delete(DocumentIds.of("writer-a.txt"));
        writer.delete(DocumentIds.of("writer-b.txt"));
        writer.write(a, "test");
        writer.write(b, "test");
        assertThat(GraphCounts.of(driver)).isEqualTo(batched);
    }

    @Test
    void everyTextFactHasEvidenceInOneOfItsDocuments() {
        writer.write(SampleExtractions.cooperation("writer-a.txt", "戊辰集团", "己巳协会", "庚午示范区", 500_000_000L), "test");
        assertThat(count(CypherFiles.query("check/facts-without-evidence"), Map.of())).isZero();
    }

    private long count(String cypher, Map<String, Object> params) {
        return ((Number) scalar(cypher, params)).longValue();
    }
}

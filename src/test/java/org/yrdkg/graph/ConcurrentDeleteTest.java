package org.yrdkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Transaction;
import org.yrdkg.EmbeddedGraphTest;

/**
 * Deletes and replacements of one document are serialised: concurrent deletes leave the graph as one
 * delete does, a delete beside a replacing upload leaves it as one of the two orders does, and the
 * provenance check finds the damage such races used to leave.
 */
class ConcurrentDeleteTest extends EmbeddedGraphTest {

    // shares its places and facts with the seed articles, so a double subtraction would hit their counters
    private static final String V1 = "上海市闵行区与安徽省淮南市签订战略合作协议。闵行区与淮南市共建产业园。\n"
            + "上海市与浙江省深化合作。";
    private static final String V2 = "上海市闵行区与安徽省淮南市签订战略合作协议。上海市松江区与合肥市开展合作。";
    private static final String NAME = "race-delete.txt";

    @Test
    void concurrentDeletesOfOneDocumentLeaveTheGraphAsOneDeleteDoes() throws Exception {
        var before = fingerprint();
        assertThat(upload(V1)).isEqualTo(201);
        var statuses = concurrently(4, () -> http().delete("/api/documents/" + DocumentIds.of(NAME), AUTH).status());
        assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 404);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(provenanceProblems()).containsOnly(0L);
    }

    @Test
    void aDeleteBesideAReplacingUploadLeavesOneOrderOrTheOther() throws Exception {
        var before = fingerprint();
        for (int round = 0; round < 3; round++) {
            assertThat(upload(round % 2 == 0 ? V1 : V2)).isIn(200, 201);
            String next = round % 2 == 0 ? V2 : V1;
            List<Integer> statuses = concurrently(2, new Callable<>() {
                private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public Integer call() {
                    return turn.getAndIncrement() == 0 ? upload(next)
                            : http().delete("/api/documents/" + DocumentIds.of(NAME), AUTH).status();
                }
            });
            assertThat(statuses).doesNotContain(500);
            assertThat(provenanceProblems()).as("round " + round).containsOnly(0L);
            http().delete("/api/documents/" + DocumentIds.of(NAME), AUTH);
            assertThat(fingerprint()).as("round " + round).isEqualTo(before);
        }
    }

    @Test
    void theProvenanceCheckFindsStatesToMissingFactsOrphanSentencesAndWrongCounters() {
        assertThat(provenanceProblems()).containsOnly(0L);
        assertDamageFound(tx -> tx.run("MATCH ()-[r:COOPERATES_WITH]->() WHERE r.origin = 'text' "
                + "WITH r LIMIT 1 DELETE r").consume(), "statesToMissingFacts");
        assertDamageFound(tx -> tx.run("MATCH (:Document)-[h:HAS_SENTENCE]->(s:Sentence) WHERE NOT (s)-[:STATES]->() "
                + "WITH h LIMIT 1 DELETE h").consume(), "sentencesWithoutDocument");
        assertDamageFound(tx -> tx.run("MATCH ()-[r:COOPERATES_WITH]->() WHERE r.origin = 'text' "
                + "WITH r LIMIT 1 SET r.mentions = r.mentions - 1").consume(), "wrongCounters");
        assertDamageFound(tx -> tx.run("MATCH ()-[r:INVESTS_IN]->() WITH r LIMIT 1 "
                + "SET r.documentCount = r.documentCount - 1").consume(), "wrongCounters");
        assertDamageFound(tx -> tx.run("CREATE (:Document {id: 'doc-half-written'})").consume(), "documentsWithoutContent");
        assertThat(provenanceProblems()).containsOnly(0L);
    }

    /** Damages the graph inside a transaction, runs the check there, and rolls back. */
    private void assertDamageFound(Consumer<Transaction> damage, String column) {
        try (var session = driver.session(); var tx = session.beginTransaction()) {
            damage.accept(tx);
            var row = tx.run(CypherFiles.query("check/provenance")).single();
            assertThat(row.get(column).asLong()).as(column).isPositive();
            tx.rollback();
        }
    }

    private List<Long> provenanceProblems() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CypherFiles.query("check/provenance")).single().values()
                    .stream().map(v -> v.asLong()).toList());
        }
    }

    private int upload(String text) {
        return http().post("/api/documents?name=" + NAME, "text/plain; charset=utf-8",
                text.getBytes(StandardCharsets.UTF_8), AUTH).status();
    }

    private static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Counts and counter sums of the whole graph: equal fingerprints, same graph for these tests. */
    private record Fingerprint(long nodes, long relationships, long properties, long mentions, long documentCounts,
                               long states) {
    }

    private Fingerprint fingerprint() {
        return new Fingerprint(number("MATCH (n) RETURN count(n)"), number("MATCH ()-[r]->() RETURN count(r)"),
                number("MATCH (n) RETURN sum(size(keys(n)))"), number("MATCH ()-[r]->() RETURN sum(r.mentions)"),
                number("MATCH ()-[r]->() RETURN sum(r.documentCount)"), number("MATCH ()-[r:STATES]->() RETURN count(r)"));
    }

    private long number(String cypher) {
        return (long) scalar(cypher, Map.of());
    }
}

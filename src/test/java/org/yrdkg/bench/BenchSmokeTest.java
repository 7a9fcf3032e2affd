package org.yrdkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.neo4j.driver.Driver;
import org.yrdkg.bench.corpus.CorpusGenerator;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extractor;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.pipeline.BulkLoader;
import org.yrdkg.graph.DocumentIds;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.GraphStats;
import org.yrdkg.graph.GraphWriter;
import org.yrdkg.graph.identity.IdentityIndex;
import org.yrdkg.graph.identity.IdentityWrites;

/** The bench's parts on a handful of generated articles: real measurements, not their sizes. */
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ) // not beside LoadCommandTest's
@Order(1) // its lane starts it early (TwoLanes)
class BenchSmokeTest {

    @TempDir
    static Path dir;
    static List<Path> files;
    static Extractor extractor;

    @BeforeAll
    static void corpus() throws Exception {
        extractor = new Extractor();
        CorpusGenerator.fromSeeds(Path.of("seeds"), extractor, 5).write(dir.resolve("corpus"), 6);
        try (var list = Files.list(dir.resolve("corpus"))) {
            files = list.sorted().toList();
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        Latencies l = Latencies.of(nanos, 0, 1_000_000_000L);
        assertThat(l.p50Ms()).isEqualTo(50.0);
        assertThat(l.p99Ms()).isEqualTo(99.0);
        assertThat(l.perSecond()).isEqualTo(100.0);
    }

    @Test
    void extractionIsMeasuredBesideHanlp() throws Exception {
        BenchResults results = new BenchResults();
        new ExtractionBench(extractor, 2).run(files, results);
        @SuppressWarnings("unchecked")
        Map<String, Object> one = (Map<String, Object>) results.section("extraction").get("oneThread");
        assertThat((double) one.get("charsPerSecond")).isPositive();
        assertThat((double) one.get("hanlpCharsPerSecond")).isPositive();
        assertThat((long) results.section("extraction").get("peakHeapBytes")).isPositive();
        assertThat(results.rows()).anyMatch(r -> r.measure().startsWith("chars/s") && !r.ratio().isEmpty());
    }

    @Test
    void pipelinedAndNaiveLoadersBuildTheSameGraphAndTheBenchCypherRuns() throws Exception {
        List<Path> few = files.subList(0, 2); // the naive loader takes hundreds of transactions per article
        try (BenchGraph graph = BenchGraph.start(Files.createDirectories(dir.resolve("graph")), false)) {
            WriterTimings timings = new WriterTimings();
            new PipelinedLoad(extractor, new GraphWriter(graph.bean(Driver.class), graph.bean(GraphDatabase.class), timings),
                    timings, new BulkLoader.Settings(2, 2, 4)).load(few);
            assertThat(timings.secondsByStatement()).containsKeys("claim-documents", "merge-facts", "commit");
            GraphStats.Stats ours = graph.bean(GraphStats.class).read();
            assertThat(ours.documents()).isEqualTo(few.size());

            QueryArguments args = QueryArguments.pick(graph, 5);
            assertThat(args.hubs()).isNotEmpty();
            assertThat(args.searchTerms()).isNotEmpty();
            String hub = args.hubs().get(0);
            assertThat(graph.read("query-relations", Map.of("id", hub, "limit", 50))).isNotEmpty();
            assertThat(graph.read("query-neighbors", Map.of("id", hub, "limit", 50))).isNotEmpty();
            assertThat(graph.read("query-search", Map.of("q", args.searchTerms().get(0), "limit", 50))).isNotEmpty();
            for (List<String> pair : args.pairs()) {
                assertThat(graph.read("query-path", Map.of("from", pair.get(0), "to", pair.get(1)))).hasSize(1);
            }
            for (String target : args.investmentTargets()) {
                assertThat(graph.read("query-investments", Map.of("target", target, "limit", 50))).hasSize(1);
            }

            graph.write("wipe", Map.of());
            NaiveLoader naive = new NaiveLoader(graph.bean(Driver.class), graph.bean(GraphDatabase.class).sessionConfig());
            DocumentReader reader = new DocumentReader();
            // the naive loader resolves no identity: it is given the entity ids identity gives these articles
            IdentityIndex identity = new IdentityIndex();
            List<Extraction> extracted = new ArrayList<>();
            for (Path f : few) {
                Extraction x = extractor.extract(reader.read(f));
                identity.setDocument(DocumentIds.of(x.document().name()), IdentityWrites.formsOf(x));
                extracted.add(x);
            }
            for (Extraction x : extracted) {
                naive.write(IdentityWrites.remap(identity, x));
            }
            GraphStats.Stats theirs = graph.bean(GraphStats.class).read();
            assertThat(theirs.entities()).isEqualTo(ours.entities());
            assertThat(theirs.sentences()).isEqualTo(ours.sentences());
            assertThat(theirs.relationshipsByType()).isEqualTo(ours.relationshipsByType());
        }
    }
}

package org.yrdkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.Extractor;
import org.yrdkg.graph.AfterWrite;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.GraphStats;
import org.yrdkg.pipeline.BulkLoader;
import org.yrdkg.graph.GraphWriter;

/**
 * Phase 2: loading into a fresh embedded Neo4j, end to end (read, extract, write), per corpus size;
 * then, on the first documents, our writer beside a naive one-transaction-per-node-and-fact loader.
 */
final class LoadingBench {

    private final Extractor extractor;
    private final BulkLoader.Settings settings;

    LoadingBench(Extractor extractor, BulkLoader.Settings settings) {
        this.extractor = extractor;
        this.settings = settings;
    }

    /** Loads {@code files} into a fresh graph in {@code dataDir}; the graph stays there for later phases. */
    void load(List<Path> files, Path dataDir, BenchResults results) throws Exception {
        String phase = String.format("loading %,d docs (%d extracting, %d writing, batches ≤ %d)", files.size(),
                settings.extractThreads(), settings.writers(), settings.batchSize());
        long startNanos = System.nanoTime();
        try (BenchGraph graph = BenchGraph.start(dataDir, false)) {
            double startSeconds = (System.nanoTime() - startNanos) / 1e9;
            PipelinedLoad.Outcome outcome;
            WriterTimings timings = new WriterTimings();
            long peak;
            long live;
            try (HeapPeak heap = HeapPeak.start()) {
                GraphWriter writer = new GraphWriter(graph.bean(Driver.class), graph.bean(GraphDatabase.class), timings);
                writer.setAfterWrite(graph.bean(AfterWrite.class)); // analysts' corrections, as the service loads
                outcome = new PipelinedLoad(extractor, writer, timings, settings).load(files);
                peak = heap.peakBytes();
                live = heap.liveAfterGcBytes();
            }
            GraphStats.Stats stats = graph.bean(GraphStats.class).read();
            long relationships = stats.relationshipsByType().values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
            double s = outcome.nanos() / 1e9;
            results.row(phase, "total time (read+extract+write)", Format.seconds(s),
                    files.size() >= 10_000 ? "≤ 5 min at 10,000 docs" : "", files.size() < 10_000 || s <= 300);
            results.row(phase, "docs/s", Format.rate(files.size() / s, "docs"));
            results.row(phase, "writer busy (rest: waiting for extraction)",
                    String.format("%.0f%% (%s in transactions)", 100.0 * outcome.writeNanos() / outcome.nanos(),
                            Format.seconds(outcome.writeNanos() / 1e9)));
            if (outcome.docsPerSecondBySlice().size() > 1) {
                results.row(phase, "docs/s per 1,000 docs, first to last", outcome.docsPerSecondBySlice().stream()
                        .map(r -> String.format("%.1f", r)).collect(java.util.stream.Collectors.joining(", ")));
            }
            results.row(phase, "transaction time by statement", timings.secondsByStatement().entrySet().stream()
                    .map(e -> String.format("%s %.0f%%", e.getKey(), 100 * e.getValue() / (settings.writers() * outcome.writeNanos() / 1e9)))
                    .collect(java.util.stream.Collectors.joining(", ")));
            results.row(phase, "relationships/s", Format.rate(relationships / s, "rels"));
            results.row(phase, "peak heap while loading (most kept after a GC)",
                    Format.mib(peak) + " (" + Format.mib(live) + ")", "≤ 1 GiB", peak <= 1L << 30);
            long txLogs = sizeOf(dataDir.resolve("data/transactions"));
            results.row(phase, "graph", String.format("%,d entities, %,d sentences, %,d relationships; on disk %s "
                            + "(transaction logs %s)", stats.entities(), stats.sentences(), relationships,
                    Format.mib(sizeOf(dataDir)), Format.mib(txLogs)));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("documents", files.size());
            json.put("extractThreads", settings.extractThreads());
            json.put("writers", settings.writers());
            json.put("batchSize", settings.batchSize());
            json.put("seconds", s);
            json.put("docsPerSecond", files.size() / s);
            json.put("writeSeconds", outcome.writeNanos() / 1e9);
            json.put("docsPerSecondBySlice", outcome.docsPerSecondBySlice());
            json.put("writeSecondsByStatement", timings.secondsByStatement());
            json.put("relationshipsPerSecond", relationships / s);
            json.put("peakHeapBytes", peak);
            json.put("maxLiveAfterGcBytes", live);
            json.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            json.put("neo4jStartSeconds", startSeconds);
            json.put("entities", stats.entities());
            json.put("entitiesByType", stats.entitiesByType());
            json.put("sentences", stats.sentences());
            json.put("relationships", relationships);
            json.put("relationshipsByType", stats.relationshipsByType());
            json.put("storeBytes", sizeOf(dataDir));
            json.put("transactionLogBytes", txLogs);
            results.section("loading").put(String.valueOf(files.size()), json);
        }
    }

    /** Our writer and the naive loader over the same pre-extracted documents, in one scratch graph. */
    void compareWithNaive(List<Path> files, Path dataDir, BenchResults results) throws Exception {
        List<Extraction> extractions = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        for (Path f : files) {
            extractions.add(extractor.extract(reader.read(f)));
        }
        try (BenchGraph graph = BenchGraph.start(dataDir, false)) {
            GraphWriter writer = graph.bean(GraphWriter.class);
            long started = System.nanoTime();
            // as a bulk load writes them, on one thread: batches of documents per transaction
            for (int i = 0; i < extractions.size(); i += settings.batchSize()) {
                var batch = extractions.subList(i, Math.min(i + settings.batchSize(), extractions.size()));
                writer.writeAll(batch, java.util.Collections.nCopies(batch.size(), "bench"));
            }
            long ours = System.nanoTime() - started;
            graph.write("wipe", Map.of());
            NaiveLoader naive = new NaiveLoader(graph.bean(Driver.class), graph.bean(GraphDatabase.class).sessionConfig());
            started = System.nanoTime();
            for (Extraction x : extractions) {
                naive.write(x);
            }
            long naiveNanos = System.nanoTime() - started;
            double oursRate = files.size() / (ours / 1e9), naiveRate = files.size() / (naiveNanos / 1e9);
            results.add(new BenchResults.Row(String.format("writing first %,d docs (extracted before)", files.size()),
                    "docs/s", Format.rate(oursRate, "docs"), "naive tx per node/fact " + Format.rate(naiveRate, "docs"),
                    Format.ratio(oursRate, naiveRate), "≥ 10× naive", oursRate >= 10 * naiveRate));
            Map<String, Object> json = results.section("naiveComparison");
            json.put("documents", files.size());
            json.put("oursSeconds", ours / 1e9);
            json.put("naiveSeconds", naiveNanos / 1e9);
            json.put("ratio", oursRate / naiveRate);
        }
    }

    static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}

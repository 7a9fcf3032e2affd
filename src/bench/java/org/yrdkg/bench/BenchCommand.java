package org.yrdkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.yrdkg.bench.corpus.CorpusGenerator;
import org.yrdkg.pipeline.BulkLoader;
import org.yrdkg.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: extraction, loading, query, explorer (in a browser) and start-up figures of one run, each beside its baseline,
 * printed as one table and written as JSON. Everything runs on this machine against localhost.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark extraction, loading, HTTP queries, the explorer in a browser and start-up on a generated corpus; "
                + "prints one table and writes bench-results.json.")
public class BenchCommand implements Callable<Integer> {

    public enum Phase { extract, load, naive, query, explorer, startup }

    @Option(names = "--docs", split = ",", defaultValue = "1000,10000",
            description = "corpus sizes to load (default ${DEFAULT-VALUE}); queries, the explorer and start-up use the largest")
    List<Integer> sizes;

    @Option(names = "--corpus", description = "folder of articles to use (the first N of it, by name); "
            + "default: generate into a temporary folder")
    Path corpus;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--seeds", defaultValue = "seeds", description = "seed articles for the generator and the start-up phase (default ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--skip", split = ",", description = "phases to skip: ${COMPLETION-CANDIDATES}")
    Set<Phase> skip = EnumSet.noneOf(Phase.class);

    @Option(names = "--quick", description = "smoke run: small sizes (50,200), few requests")
    boolean quick;

    @Option(names = "--extract-docs", defaultValue = "1000",
            description = "documents for the extraction phase (default ${DEFAULT-VALUE})")
    int extractDocs;

    @Option(names = "--naive-docs", defaultValue = "200", description = "documents for the naive loader (default ${DEFAULT-VALUE})")
    int naiveDocs;

    @Option(names = "--requests", defaultValue = "400", description = "requests per query, per client count and per target (default ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--clients", split = ",", defaultValue = "1,16", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int[] clients;

    @Option(names = "--queries", split = ",", description = "measure only the queries whose name contains one of these words "
            + "(e.g. search,neighbours; default: all)")
    List<String> queries = List.of();

    @Option(names = "--walks", defaultValue = "3",
            description = "explorer phase: walks through the page, one per entity picked (default ${DEFAULT-VALUE})")
    int walks;

    @Option(names = "--threads", description = "extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--writers", description = "writer threads while loading (default ${DEFAULT-VALUE}, as `load`)")
    int writers = BulkLoader.Settings.defaults().writers();

    @Option(names = "--batch", description = "documents per transaction at most while loading (default ${DEFAULT-VALUE}, as `load`)")
    int batch = BulkLoader.Settings.defaults().batchSize();

    @Option(names = "--jar", defaultValue = "target/yrd-kg.jar", description = "the service jar for the start-up phase (default ${DEFAULT-VALUE})")
    Path jar;

    @Option(names = "--baseline-jar", description = "an earlier build of the service jar: the start-up phase measures it "
            + "beside --jar in the same run (e.g. build the previous commit and copy its target/yrd-kg.jar)")
    private Path baselineJar;

    @Option(names = "--json", defaultValue = "bench-results.json", description = "where to write the figures (default ${DEFAULT-VALUE})")
    Path json;

    @Option(names = "--work", description = "folder for the corpus and graphs (default: a temporary folder, deleted after)")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (quick) {
            sizes = List.of(50, 200);
            extractDocs = Math.min(extractDocs, 100);
            naiveDocs = Math.min(naiveDocs, 20);
            requests = Math.min(requests, 40);
            walks = 1;
        }
        sizes = sizes.stream().sorted().toList();
        int largest = sizes.get(sizes.size() - 1);
        boolean keepWork = work != null;
        Path dir = keepWork ? Files.createDirectories(work) : Files.createTempDirectory("yrdkg-bench");
        BenchResults results = new BenchResults();
        Map<String, Object> machine = machine();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            // the start-up and query phases need no corpus (the query phase reuses a loaded graph)
            boolean needsCorpus = !skip.containsAll(List.of(Phase.extract, Phase.load, Phase.naive));
            List<Path> files = needsCorpus ? corpus(dir, largest) : List.of();
            Extractor extractor = new Extractor();
            LoadingBench loading = new LoadingBench(extractor, new BulkLoader.Settings(threads, writers, batch));
            Path largestGraph = dir.resolve("graph-" + largest);
            phase(Phase.extract, results, () -> new ExtractionBench(extractor, threads)
                    .run(files.subList(0, Math.min(extractDocs, files.size())), results));
            phase(Phase.load, results, () -> {
                for (int size : sizes) {
                    System.err.printf("Loading %,d documents …%n", size);
                    Path graph = fresh(dir.resolve("graph-" + size));
                    loading.load(files.subList(0, size), graph, results);
                    if (size != largest) {
                        delete(graph);
                    }
                }
            });
            phase(Phase.naive, results, () -> {
                Path scratch = fresh(dir.resolve("graph-naive"));
                loading.compareWithNaive(files.subList(0, Math.min(naiveDocs, files.size())), scratch, results);
                delete(scratch);
            });
            boolean loaded = Files.isDirectory(largestGraph);
            if (loaded) {
                phase(Phase.query, results, () -> new QueryBench(clients, requests, queries).run(largestGraph, results));
                phase(Phase.explorer, results, () -> new ExplorerBench(walks).run(largestGraph, largest, results));
            }
            phase(Phase.startup, results, () -> startup(dir, largestGraph, loaded, largest, results));
        } finally {
            if (!keepWork) {
                delete(dir);
            }
        }
        machine.put("loadAverageBefore", loadBefore);
        machine.put("loadAverageAfter", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        results.print(System.out);
        results.writeJson(json, machine);
        System.out.println("\nFigures written to " + json.toAbsolutePath());
        return 0;
    }

    private interface PhaseRun {
        void run() throws Exception;
    }

    /** Runs a phase unless skipped; a failing phase is reported in the table and the others still run. */
    private void phase(Phase phase, BenchResults results, PhaseRun run) {
        if (skip.contains(phase)) {
            return;
        }
        System.err.printf("[%tT] %s …%n", System.currentTimeMillis(), phase);
        try {
            run.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            results.row(phase.name(), "FAILED", String.valueOf(e));
        }
    }

    private void startup(Path dir, Path largestGraph, boolean loaded, int largest, BenchResults results) throws Exception {
        if (!Files.isRegularFile(jar)) {
            results.row("start-up", "skipped", "no " + jar + " (build it with mvn -DskipTests package)");
            return;
        }
        if (baselineJar != null && !Files.isRegularFile(baselineJar)) {
            throw new IOException("no baseline jar " + baselineJar);
        }
        StartupBench startup = new StartupBench(jar, baselineJar);
        startup.firstStartAndRestart(dir, seeds, results);
        if (loaded) {
            startup.onGraph(String.format("%,d docs loaded", largest), largestGraph, results);
        }
    }

    /** The first {@code count} articles of --corpus, or a freshly generated corpus in the work folder. */
    private List<Path> corpus(Path dir, int count) throws IOException {
        Path source = corpus;
        if (source == null) {
            source = dir.resolve("corpus");
            long started = System.nanoTime();
            CorpusGenerator.fromSeeds(seeds, seed).write(source, count);
            System.err.printf("Generated %,d articles in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(source)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().limit(count).toList();
        }
        if (files.size() < count) {
            throw new IOException(source + " holds " + files.size() + " articles, fewer than " + count);
        }
        return files;
    }

    private Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        m.put("memoryBytes", os.getTotalMemorySize());
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("sizes", sizes);
        m.put("seed", seed);
        return m;
    }

    private static Path fresh(Path dir) throws IOException {
        delete(dir);
        return Files.createDirectories(dir);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package org.yrdkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extractor;
import org.yrdkg.pipeline.BulkLoader;
import org.yrdkg.graph.GraphWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load .txt, .md and .html files (folders recursively) into the configured Neo4j "
                + "(the embedded one by default). A bad file is reported and skipped; nothing of it is written.")
class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Option(names = "--threads", description = "threads reading and extracting (default: all cores, ${DEFAULT-VALUE})")
    int threads = BulkLoader.Settings.defaults().extractThreads();

    @Option(names = "--writers", description = "threads writing to Neo4j (default ${DEFAULT-VALUE})")
    int writers = BulkLoader.Settings.defaults().writers();

    @Option(names = "--batch", description = "documents per transaction at most (default ${DEFAULT-VALUE}); "
            + "a failing batch is written again one document at a time")
    int batch = BulkLoader.Settings.defaults().batchSize();

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> files = DocumentFiles.find(paths);
        if (files.isEmpty()) {
            System.err.println("No .txt, .md or .html file under " + paths);
            return 2;
        }
        Map<GraphWriter.Outcome, Integer> outcomes = new EnumMap<>(GraphWriter.Outcome.class);
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        long loading;
        BulkLoader.Settled settled;
        try (var context = GraphContext.start();
             ProgressBar bar = progressBar(files.size())) {
            var loader = new BulkLoader(context.getBean(DocumentReader.class), context.getBean(Extractor.class),
                    context.getBean(GraphWriter.class), new BulkLoader.Settings(threads, writers, batch));
            loading = System.nanoTime();
            settled = loader.load(files, result -> report(result, outcomes, failures, bar));
            loading = System.nanoTime() - loading;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // the rate is the load's own, without Neo4j's start and stop around it
        System.out.printf("Loaded %d, unchanged %d, replaced %d, failed %d (%.1f s in all; %.1f documents/s while loading)%n",
                outcomes.getOrDefault(GraphWriter.Outcome.CREATED, 0), outcomes.getOrDefault(GraphWriter.Outcome.UNCHANGED, 0),
                outcomes.getOrDefault(GraphWriter.Outcome.REPLACED, 0), failures.size(), seconds, files.size() / (loading / 1e9));
        // documents a later one gave a longer name of what they name: written once more at the end (part of the rate above)
        System.out.printf("Written again under their final identities: %d documents (%.1f s)%n",
                settled.documents(), settled.took().toNanos() / 1e9);
        failures.forEach(f -> System.out.println("  failed: " + f));
        return failures.isEmpty() ? 0 : 1;
    }

    /** Called from the writer threads, one file at a time. */
    private static synchronized void report(BulkLoader.FileResult result, Map<GraphWriter.Outcome, Integer> outcomes,
                                            List<String> failures, ProgressBar bar) {
        if (result.failed()) {
            failures.add(result.file() + ": " + result.failure());
            if (bar == null) System.out.println("failed " + result.file() + ": " + result.failure());
        } else {
            outcomes.merge(result.written().outcome(), 1, Integer::sum);
            if (bar == null) {
                System.out.printf("%s %s: %d entities, %d relations%n", result.written().outcome().name().toLowerCase(),
                        result.file().getFileName(), result.written().entities(), result.written().facts());
            }
        }
        if (bar != null) bar.step();
    }

    /** A progress bar (documents, rate, ETA) on a terminal; plain lines otherwise. */
    private static ProgressBar progressBar(int total) {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Loading").setInitialMax(total).setUnit(" docs", 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().build();
    }
}

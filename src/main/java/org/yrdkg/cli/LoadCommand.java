package org.yrdkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.yrdkg.document.DocumentException;
import org.yrdkg.graph.DocumentLoader;
import org.yrdkg.graph.GraphWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load .txt, .md and .html files (folders recursively) into the configured Neo4j "
                + "(the embedded one by default). A bad file is reported and skipped; nothing of it is written.")
class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        List<Path> files = DocumentFiles.find(paths);
        if (files.isEmpty()) {
            System.err.println("No .txt, .md or .html file under " + paths);
            return 2;
        }
        Map<GraphWriter.Outcome, Integer> outcomes = new EnumMap<>(GraphWriter.Outcome.class);
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (var context = GraphContext.start();
             ProgressBar bar = progressBar(files.size())) {
            DocumentLoader loader = context.getBean(DocumentLoader.class);
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    var loaded = loader.load(name, Files.readAllBytes(file), file.toString());
                    outcomes.merge(loaded.outcome(), 1, Integer::sum);
                    if (bar == null) {
                        System.out.printf("%s %s: %d entities, %d relations%n", loaded.outcome().name().toLowerCase(),
                                name, loaded.entities(), loaded.relations());
                    }
                } catch (DocumentException | IOException e) {
                    failures.add(file + ": " + e.getMessage());
                    if (bar == null) System.out.println("failed " + file + ": " + e.getMessage());
                } catch (RuntimeException e) {
                    // a bug on our side must cost one file, not the batch; the graph has nothing of it
                    String reason = "could not be processed (" + e + ")";
                    failures.add(file + ": " + reason);
                    if (bar == null) System.out.println("failed " + file + ": " + reason);
                }
                if (bar != null) bar.step();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Loaded %d, unchanged %d, replaced %d, failed %d (%.1f s, %.1f documents/s)%n",
                outcomes.getOrDefault(GraphWriter.Outcome.CREATED, 0), outcomes.getOrDefault(GraphWriter.Outcome.UNCHANGED, 0),
                outcomes.getOrDefault(GraphWriter.Outcome.REPLACED, 0), failures.size(), seconds, files.size() / seconds);
        failures.forEach(f -> System.out.println("  failed: " + f));
        return failures.isEmpty() ? 0 : 1;
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

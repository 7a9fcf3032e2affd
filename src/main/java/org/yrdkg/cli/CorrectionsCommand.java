package org.yrdkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.yrdkg.graph.correction.Corrections;
import org.yrdkg.graph.read.BadParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Analysts' corrections to and from a JSON Lines file, so that a graph rebuilt from scratch gets them back. */
@Command(name = "corrections", mixinStandardHelpOptions = true,
        description = "Export or import analysts' corrections (JSON Lines) of the configured Neo4j.",
        subcommands = {CorrectionsCommand.Export.class, CorrectionsCommand.Import.class})
class CorrectionsCommand {

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write every correction (reverted ones too) to FILE, one JSON object a line.")
    static class Export implements Callable<Integer> {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            try (var context = GraphContext.start();
                 var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                int written = context.getBean(Corrections.class).export(out);
                System.out.println("Exported " + written + " corrections to " + file);
                return 0;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read corrections from FILE (as export writes them), add those the graph lacks and apply them. "
                    + "A bad line imports nothing.")
    static class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            try (var context = GraphContext.start();
                 var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                var imported = context.getBean(Corrections.class).importFrom(in);
                System.out.println("Imported " + imported.added() + " corrections from " + file
                        + (imported.alreadyThere() > 0 ? " (" + imported.alreadyThere() + " already there)" : ""));
                return 0;
            } catch (BadParameterException e) {
                System.err.println(file + ": " + e.getMessage() + " Nothing was imported.");
                return 1;
            }
        }
    }
}

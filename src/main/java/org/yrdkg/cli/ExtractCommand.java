package org.yrdkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentException;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extractor;

/** {@code extract FILE...}: one JSON object per file per line, offline (no Spring, no Neo4j). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities and relations from articles; prints one JSON object per file (JSON Lines).")
public class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files (.txt, .md, .html)")
    List<Path> files;

    @Option(names = "--stats", description = "print bytes, extraction CPU time and MB/s to stderr (excludes reading and JSON)")
    boolean stats;

    @Override
    public Integer call() throws Exception {
        Extractor extractor = new Extractor();
        DocumentReader reader = new DocumentReader();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        int failures = 0;
        long bytes = 0, cpuNanos = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (Path f : files) {
            try {
                byte[] raw = Files.readAllBytes(f);
                Document doc = reader.read(f.getFileName().toString(), raw);
                long t0 = cpu.getCurrentThreadCpuTime();
                var extraction = extractor.extract(doc);
                cpuNanos += cpu.getCurrentThreadCpuTime() - t0;
                bytes += raw.length;
                out.println(ExtractionJson.toJsonLine(extraction));
            } catch (DocumentException | java.io.IOException e) {
                System.err.println(f + ": " + e.getMessage());
                failures++;
            } catch (RuntimeException e) {
                // a bug on our side costs this file's line, not the other files'
                System.err.println(f + ": could not be processed (" + e + ")");
                failures++;
            }
            out.flush();
        }
        if (stats) {
            System.err.printf("extracted %d bytes in %.2f s CPU: %.2f MB/s (first file includes dictionary loading)%n",
                    bytes, cpuNanos / 1e9, cpuNanos == 0 ? 0.0 : bytes / 1e6 / (cpuNanos / 1e9));
        }
        return failures == 0 ? 0 : 1;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }
}

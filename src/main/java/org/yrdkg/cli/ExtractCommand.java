package org.yrdkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() throws Exception {
        Extractor extractor = new Extractor();
        DocumentReader reader = new DocumentReader();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        int failures = 0;
        for (Path f : files) {
            try {
                Document doc = reader.read(f.getFileName().toString(), Files.readAllBytes(f));
                out.println(ExtractionJson.toJsonLine(extractor.extract(doc)));
            } catch (DocumentException | java.io.IOException e) {
                System.err.println(f + ": " + e.getMessage());
                failures++;
            }
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }
}

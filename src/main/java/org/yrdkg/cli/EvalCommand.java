package org.yrdkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import tools.jackson.databind.json.JsonMapper;

import org.yrdkg.document.DocumentException;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extractor;
import org.yrdkg.cli.eval.GoldScorer;
import org.yrdkg.cli.eval.Tally;

/**
 * {@code eval --gold DIR FILE...}: extracts the articles (or reads predictions from .jsonl files) and
 * prints precision, recall and F1 per entity type and relation type as score.py computes them, then the misses.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extractor against gold files (like score.py): P/R/F1 per entity and relation type, and the misses.")
public class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "directory of gold .json files")
    Path goldDir;

    @Option(names = "--max-misses", defaultValue = "60", description = "misses listed per kind (default ${DEFAULT-VALUE})")
    int maxMisses;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "articles to extract, or .jsonl predictions")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        GoldScorer scorer = new GoldScorer(goldDir);
        Extractor extractor = new Extractor();
        DocumentReader reader = new DocumentReader();
        JsonMapper mapper = JsonMapper.builder().build();
        int scored = 0;
        for (Path f : files) {
            if (f.toString().endsWith(".jsonl")) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank() && scorer.score(mapper.readTree(line))) scored++;
                }
                continue;
            }
            try {
                var doc = reader.read(f.getFileName().toString(), Files.readAllBytes(f));
                if (scorer.score(GoldScorer.toTree(ExtractionJson.toMap(extractor.extract(doc))))) scored++;
                else System.err.println(f + ": no gold file for it, not scored");
            } catch (DocumentException e) {
                System.err.println(f + ": " + e.getMessage());
            }
        }
        System.out.printf("%d of %d gold documents scored%n", scored, scorer.documents().size());
        for (Map.Entry<String, Tally> t : scorer.tallies().entrySet()) {
            System.out.printf("%-22s %s%n", t.getKey(), t.getValue());
        }
        for (Map.Entry<String, List<String>> m : scorer.misses().entrySet()) {
            List<String> v = m.getValue();
            System.out.printf("%s (%d): %s%s%n", m.getKey(), v.size(), String.join("; ", v.subList(0, Math.min(maxMisses, v.size()))),
                    v.size() > maxMisses ? " ..." : "");
        }
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}

package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yrdkg.cli.ExtractionJson;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.cli.eval.GoldScorer;
import org.yrdkg.extract.model.Extraction;

/**
 * Runs the extractor on the real development corpus (third-party articles kept outside the project, in
 * ../shared/eval/dev/) and scores it as score.py does. Skipped where that folder is absent. The floors
 * sit a little under the figures reached; raise them as quality rises.
 */
class DevCorpusRegressionTest {

    private static final Path DEV = Path.of("../shared/eval/dev");

    private static final double ENTITY_FLOOR = 0.955;
    private static final double TYPED_ENTITY_FLOOR = 0.94;
    private static final double LOCATED_IN_FLOOR = 0.91;
    private static final double COOPERATION_FLOOR = 0.95;
    private static final double INVESTMENT_FLOOR = 0.92;
    private static final double AMOUNT_FLOOR = 0.88;
    private static final double RELATION_FLOOR = 0.925;

    @Test
    void devCorpusScoresAboveTheFloors() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DEV.resolve("docs")) && Files.isDirectory(DEV.resolve("gold")),
                "no development corpus at " + DEV.toAbsolutePath());
        GoldScorer scorer = new GoldScorer(DEV.resolve("gold"));
        DocumentReader reader = new DocumentReader();
        List<Path> docs;
        try (Stream<Path> files = Files.list(DEV.resolve("docs"))) {
            docs = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int scored = 0;
        for (Path f : docs) {
            Extraction x = ExtractorTestSupport.EXTRACTOR.extract(reader.read(f.getFileName().toString(), Files.readAllBytes(f)));
            if (scorer.score(GoldScorer.toTree(ExtractionJson.toMap(x)))) scored++;
        }
        assertThat(scored).as("documents with gold").isEqualTo(scorer.documents().size());
        System.out.println("dev scores: " + scorer.tallies());
        assertThat(scorer.tallies().get("entities").f1()).as("entity F1").isGreaterThanOrEqualTo(ENTITY_FLOOR);
        assertThat(scorer.tallies().get("entities_typed").f1()).as("typed entity F1").isGreaterThanOrEqualTo(TYPED_ENTITY_FLOOR);
        assertThat(scorer.tallies().get("LOCATED_IN").f1()).as("LOCATED_IN F1").isGreaterThanOrEqualTo(LOCATED_IN_FLOOR);
        assertThat(scorer.tallies().get("relations").f1()).as("relation F1").isGreaterThanOrEqualTo(RELATION_FLOOR);
        assertThat(scorer.tallies().get("COOPERATES_WITH").f1()).as("COOPERATES_WITH F1").isGreaterThanOrEqualTo(COOPERATION_FLOOR);
        assertThat(scorer.tallies().get("INVESTS_IN").f1()).as("INVESTS_IN F1").isGreaterThanOrEqualTo(INVESTMENT_FLOOR);
        assertThat(scorer.tallies().get("amounts").precision()).as("amounts precision").isEqualTo(1.0);
        assertThat(scorer.tallies().get("amounts").f1()).as("amounts F1").isGreaterThanOrEqualTo(AMOUNT_FLOOR);
    }
}

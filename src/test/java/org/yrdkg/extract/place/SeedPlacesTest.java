package org.yrdkg.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;
import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Regression floor on the seed articles: every required place of the gold files (Region to Town) is found,
 * and almost nothing else. The rules are general; this only guards them against regressions.
 */
class SeedPlacesTest {

    private static final Set<String> PLACE_TYPES = Set.of("Region", "Province", "City", "District", "Town");
    private static final Path SEEDS = Path.of("seeds");

    @Test
    void requiredGoldPlacesAreFoundWithFewExtras() throws IOException {
        PlaceRecognizer recognizer = new PlaceRecognizer();
        List<String> missed = new ArrayList<>(), extra = new ArrayList<>();
        try (Stream<Path> golds = Files.list(SEEDS.resolve("gold"))) {
            for (Path gold : golds.sorted().toList()) {
                JsonNode g = new ObjectMapper().readTree(gold.toFile());
                String name = g.get("doc").asString();
                Document doc = new DocumentReader().read(name, Files.readAllBytes(SEEDS.resolve(name)));
                Set<String> found = new HashSet<>();
                for (PlaceMention m : recognizer.recognize(doc)) {
                    if (m.prefixOfName() && !m.isRunOn()) {
                        continue; // part of a longer organisation or park name
                    }
                    m.places().forEach(p -> found.add(p.name()));
                    m.parents().forEach(p -> found.add(p.place().name()));
                }
                Set<String> known = new HashSet<>();
                for (JsonNode e : g.get("entities")) {
                    if (!PLACE_TYPES.contains(e.get("type").asString())) {
                        continue;
                    }
                    Set<String> forms = new HashSet<>();
                    forms.add(e.get("name").asString());
                    e.get("aliases").forEach(a -> forms.add(HanLP.convertToSimplifiedChinese(a.asString())));
                    known.addAll(forms);
                    if (e.get("required").asBoolean() && forms.stream().noneMatch(found::contains)) {
                        missed.add(name + ":" + e.get("name").asString());
                    }
                }
                found.stream().filter(f -> !known.contains(f)).forEach(f -> extra.add(name + ":" + f));
            }
        }
        assertThat(missed).isEmpty();
        assertThat(extra).hasSizeLessThanOrEqualTo(1);
    }
}

package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Data flows one way: api/cli → pipeline → document → extract → graph. A stage may import the stages whose
 * output it takes (those of a lower rank here), never one that comes after it; api and cli stand beside
 * each other. Read from the import lines of src/main/java (a subpackage counts as its top-level package).
 */
class PackageDependenciesTest {

    private static final Map<String, Integer> RANK = Map.of(
            "document", 0, "extract", 1, "graph", 2, "pipeline", 3, "api", 4, "cli", 4);

    private static final Path MAIN = Path.of("src/main/java/org/yrdkg");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.yrdkg\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void noPackageImportsOneThatComesLaterInThePipeline() throws IOException {
        List<String> backwards = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application's entry point, above every stage
                }
                String from = relative.getName(0).toString();
                assertThat(RANK).as("rank of package %s (add it to the map)", from).containsKey(from);
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(from) && RANK.containsKey(to) && RANK.get(to) >= RANK.get(from)) {
                        backwards.add(relative + " imports " + to);
                    }
                }
            }
        }
        assertThat(backwards).as("imports against the pipeline's direction").isEmpty();
    }
}

package org.yrdkg.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The explorer's page asks for every module at once: a module left out of its preload list is found late. */
class ExplorerIndexTest {

    private static final Path STATIC = Path.of("src/main/resources/static");

    @Test
    void indexPreloadsEveryModuleTheEntryPointImports() throws IOException {
        String index = Files.readString(STATIC.resolve("index.html"));
        List<String> modules;
        try (Stream<Path> files = Files.walk(STATIC.resolve("js"))) {
            modules = files.filter(f -> f.toString().endsWith(".js"))
                    .map(f -> STATIC.relativize(f).toString().replace('\\', '/'))
                    .filter(m -> !m.equals("js/app.js")).sorted().toList();
        }
        assertThat(modules).contains("js/views/graph.js", "js/api.js");
        assertThat(modules).allSatisfy(module ->
                assertThat(index).contains("<link rel=\"modulepreload\" href=\"" + module + "\">"));
        assertThat(index).contains("<script type=\"module\" src=\"js/app.js\"></script>");
    }
}

package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real seed articles read without their page furniture and with consistent offsets. */
class SeedArticlesTest {

    private static final Pattern FURNITURE = Pattern.compile(
            "(?m)^\\S{0,20}\\.(jpe?g|png)$|ICP备|版权所有|许可证|許可證|更多资讯请关注|当前位置|热线|熱線|如有侵权|浏览量|^\\? \\d{4}");

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsWithoutFurniture(Path seed) throws IOException {
        Document doc = new DocumentReader().read(seed);
        assertThat(doc.title()).isNotBlank();
        assertThat(doc.text()).doesNotContainPattern(FURNITURE);
        assertThat(doc.sentences()).hasSizeGreaterThan(20);
        for (Sentence s : doc.sentences()) {
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.normalizedToOriginal()).hasSize(s.normalized().length());
        }
    }
}

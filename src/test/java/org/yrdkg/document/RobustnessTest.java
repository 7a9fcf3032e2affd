package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Arbitrary input either reads into a consistent document or is refused with a DocumentException — nothing else. */
class RobustnessTest {

    private static final String ALPHABET = "澄溪市栖霞湾新区青岚镇云岭科创园與區灣鎮嶺１２ＡＢ（）()《》“”「」。！？；!?;，、：:"
            + " \n\t-•*#>|[]()!._©1234567890abcXYZ<>/=&\u3000\u00A0\uFEFF\u200B";

    private final DocumentReader reader = new DocumentReader();
    private final Random random = new Random(20240521L);

    @Test
    void randomBytes() {
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            check("random-" + i + ".txt", bytes);
        }
    }

    @Test
    void randomTextInEveryFormatAndEncoding() {
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16, Charset.forName("GB18030")};
        String[] names = {"a.txt", "a.md", "a.html", "a"};
        int read = 0;
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3000);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            text.insert(random.nextInt(text.length() + 1), '\u0001'); // a stray control char is tolerated
            read += check(names[i % names.length], text.toString().getBytes(charsets[i % charsets.length])) ? 1 : 0;
        }
        assertThat(read).as("texts read rather than refused").isGreaterThan(200);
    }

    /** Whether the input was read (true) or refused (false); fails on anything else. */
    private boolean check(String name, byte[] bytes) {
        Document doc;
        try {
            doc = reader.read(name, bytes);
        } catch (DocumentException refused) {
            assertThat(refused.reason()).isNotNull();
            assertThat(refused.getMessage()).startsWith(name);
            return false;
        }
        assertThat(doc.text()).isNotBlank();
        assertThat(doc.contentHash()).hasSize(64);
        int previousEnd = 0;
        for (Sentence s : doc.sentences()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.normalizedToOriginal()).hasSize(s.normalized().length());
            for (int k = 0; k <= s.normalized().length(); k++) {
                assertThat(s.toDocumentOffset(k)).isBetween(s.start(), s.end());
            }
            previousEnd = s.end();
        }
        return true;
    }
}

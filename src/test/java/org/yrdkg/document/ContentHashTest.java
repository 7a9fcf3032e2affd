package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void contentHashIsSha256OfTheText() throws Exception {
        Document a = Docs.read("a.txt", "澄溪市发布新政。\n");
        Document b = Docs.read("b.txt", "\uFEFF澄溪市发布新政。\r\n\r\n");
        assertThat(a.contentHash()).isEqualTo(b.contentHash()).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest("澄溪市发布新政。".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void differentTextDifferentHash() {
        assertThat(Docs.read("a.txt", "澄溪市发布新政。").contentHash())
                .isNotEqualTo(Docs.read("a.txt", "栖霞湾新区发布新政。").contentHash());
    }
}

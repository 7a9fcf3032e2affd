package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Large inputs must complete (linear algorithms); the assertions are about the result, not the time. */
@Order(4) // its lane starts it early (TwoLanes)
class LargeInputTest {

    @Test
    void twentyMegabytesOfText() {
        String paragraph = "澄溪市與棲霞灣新區在青岚镇共建云岭科创园，首期投资１２亿元。两地联合招商，引进企业20家！\n";
        int bytesPerParagraph = paragraph.getBytes(StandardCharsets.UTF_8).length;
        int paragraphs = 20 * 1024 * 1024 / bytesPerParagraph + 1;
        byte[] bytes = paragraph.repeat(paragraphs).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThanOrEqualTo(20 * 1024 * 1024);

        Document doc = new DocumentReader().read("big.txt", bytes);

        assertThat(doc.sentences()).hasSize(2 * paragraphs);
        Sentence last = doc.sentences().get(doc.sentences().size() - 2);
        assertThat(last.normalized()).isEqualTo("澄溪市与栖霞湾新区在青岚镇共建云岭科创园，首期投资12亿元。");
        assertThat(doc.text().substring(last.start(), last.end())).startsWith("澄溪市與棲霞灣新區");
    }

    @Test
    void twoHundredKilobyteLineWithoutPunctuation() {
        String text = "澄溪市栖霞湾新区青岚镇云岭科创园".repeat(200 * 1024 / 16 / 3 + 1);
        Document doc = Docs.read("line.txt", text);
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.sentences()).hasSizeGreaterThan(30)
                .allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH));
        assertThat(doc.sentences().get(doc.sentences().size() - 1).end()).isEqualTo(text.length());
    }
}

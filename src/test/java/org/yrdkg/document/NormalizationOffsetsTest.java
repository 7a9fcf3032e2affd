package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.HanLP;

class NormalizationOffsetsTest {

    /** The original text a normalised span [from, to) of a sentence points back to. */
    private static String original(Document doc, Sentence s, int from, int to) {
        return doc.text().substring(s.toDocumentOffset(from), s.toDocumentOffset(to));
    }

    private static Sentence sentenceContaining(Document doc, String normalized) {
        return doc.sentences().stream().filter(s -> s.normalized().contains(normalized)).findFirst().orElseThrow();
    }

    @Test
    void traditionalIsConvertedAndMentionsMapBackToTheOriginalScript() {
        String text = "標題：產業合作\n去年，澄溪市與棲霞灣新區簽署協議，共同建設雲嶺科創園區。園區總投資１２億元（首期）。";
        Document doc = Docs.read("tw.txt", text);

        assertThat(doc.text()).isEqualTo(text);
        Sentence s = sentenceContaining(doc, "栖霞湾新区");
        assertThat(s.normalized()).isEqualTo("去年，澄溪市与栖霞湾新区签署协议，共同建设云岭科创园区。");
        int at = s.normalized().indexOf("云岭科创园区");
        assertThat(original(doc, s, at, at + "云岭科创园区".length())).isEqualTo("雲嶺科創園區");
        at = s.normalized().indexOf("栖霞湾新区");
        assertThat(original(doc, s, at, at + 5)).isEqualTo("棲霞灣新區");
    }

    @Test
    void fullWidthDigitsLettersAndParenthesesAreFoldedButChinesePunctuationStays() {
        Document doc = Docs.read("w.txt", "青岚镇（ＱＬ）园区投资１２亿元，增长２０％；“云岭”。");
        Sentence first = doc.sentences().get(0);
        assertThat(first.normalized()).isEqualTo("青岚镇(QL)园区投资12亿元，增长20%；");
        int at = first.normalized().indexOf("12亿元");
        assertThat(original(doc, first, at, at + 4)).isEqualTo("１２亿元");
        assertThat(doc.sentences().get(1).normalized()).isEqualTo("“云岭”。");
    }

    @Test
    void phrasesThatChangeLengthKeepExactOffsetsAroundThem() {
        // HanLP turns the four-char phrase 士多啤梨 into the two-char 草莓
        String text = "翠嶺區農場種植士多啤梨，並與雲棲灣科創園合作。";
        Document doc = Docs.read("len.txt", text);
        Sentence s = doc.sentences().get(0);
        assertThat(s.normalized()).hasSizeLessThan(s.text().length()).contains("草莓");
        int at = s.normalized().indexOf("云栖湾科创园");
        assertThat(original(doc, s, at, at + "云栖湾科创园".length())).isEqualTo("雲棲灣科創園");
        at = s.normalized().indexOf("草莓");
        assertThat(doc.text().charAt(s.toDocumentOffset(at))).isEqualTo('士');
    }

    @Test
    void charsOutsideTheBasicPlaneKeepEveryOffsetInRange() {
        // 㑮 becomes a supplementary character (two chars) in Simplified
        Document doc = Docs.read("sup.txt", "澄溪㑮鎮與青嵐鎮合作。");
        Sentence s = doc.sentences().get(0);
        assertThat(s.normalized()).hasSize(s.text().length() + 1);
        for (int i = 0; i <= s.normalized().length(); i++) {
            assertThat(s.toDocumentOffset(i)).isBetween(s.start(), s.end());
        }
        int at = s.normalized().indexOf("青岚镇");
        assertThat(original(doc, s, at, at + 3)).isEqualTo("青嵐鎮");
    }

    @Test
    void simplifiedTextIsNotConvertedSoNamesLikeQianxianSurvive() {
        // HanLP maps 乾 to 干 even though 乾县 is the Simplified name of a county
        Document doc = Docs.read("s.txt", "澄溪市与乾县签署协议，共建云岭科创园。");
        assertThat(doc.sentences().get(0).normalized()).isEqualTo("澄溪市与乾县签署协议，共建云岭科创园。");
    }

    @Test
    void traditionalTextIsConvertedAsAWhole() {
        Document doc = Docs.read("t.txt", "澄溪市與棲霞灣新區簽署協議，共建雲嶺科創園。");
        assertThat(doc.sentences().get(0).normalized()).isEqualTo("澄溪市与栖霞湾新区签署协议，共建云岭科创园。");
    }

    @Test
    void conversionEqualsHanLPsOwn() {
        String traditional = "長三角區域協同創新網絡建設，滬蘇浙皖聯合發佈《棲霞灣發展綱要》，「雲嶺」計劃啟動。";
        assertThat(TextNormalizer.normalize(traditional).text()).isEqualTo(HanLP.convertToSimplifiedChinese(traditional));
    }

    @Test
    void everyNormalizedCharMapsIntoItsSentence() {
        Document doc = Docs.read("m.txt", "臺灣海峽兩岸的電腦軟體產業，１９９８年起與澄溪市合作。記憶體與筆記簿型電腦也在其中！");
        for (Sentence s : doc.sentences()) {
            assertThat(s.normalizedToOriginal()).hasSize(s.normalized().length());
            int previous = 0;
            for (int offset : s.normalizedToOriginal()) {
                assertThat(offset).isBetween(previous, s.text().length() - 1);
                previous = offset;
            }
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}

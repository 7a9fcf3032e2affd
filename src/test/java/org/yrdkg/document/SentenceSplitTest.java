package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitTest {

    private static List<String> sentences(String text) {
        return Docs.read("s.txt", text).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void splitsOnChineseAndAsciiTerminatorsAndLineBreaks() {
        assertThat(sentences("澄溪市发布新政。栖霞湾新区积极响应！青岚镇会跟进吗？会；已经启动\nPhase one is done! Next?"))
                .containsExactly("澄溪市发布新政。", "栖霞湾新区积极响应！", "青岚镇会跟进吗？", "会；", "已经启动",
                        "Phase one is done!", "Next?");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(sentences("他说：“两地要携手共建云岭科创园。”随后签约。（详见附件。）会议通过《关于推进合作的意见？》等文件。"))
                .containsExactly("他说：“两地要携手共建云岭科创园。”", "随后签约。", "（详见附件。）",
                        "会议通过《关于推进合作的意见？》等文件。");
    }

    @Test
    void terminatorsInsideBookTitlesDoNotSplit() {
        assertThat(sentences("栖霞湾新区印发《创新走廊行动方案！三年计划》并组织实施。"))
                .containsExactly("栖霞湾新区印发《创新走廊行动方案！三年计划》并组织实施。");
    }

    @Test
    void listItemsStartNewSentences() {
        assertThat(sentences("重点任务： 1.共建云岭科创园 2.联合招商 （三）人才互认\n- 引进企业20家\n• 新增就业3000人\n二、保障措施"))
                .containsExactly("重点任务：", "1.共建云岭科创园", "2.联合招商", "（三）人才互认", "引进企业20家",
                        "新增就业3000人", "二、保障措施");
    }

    @Test
    void decimalsAndUrlsAreNotSplit() {
        assertThat(sentences("园区面积 3.5 平方公里，详见 https://example.com/view?id=7 页面。"))
                .containsExactly("园区面积 3.5 平方公里，详见 https://example.com/view?id=7 页面。");
    }

    @Test
    void offsetsPointIntoTheText() {
        Document doc = Docs.read("o.txt", "标题\n\n  第一句话。 第二句话！\n");
        assertThat(doc.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
        for (Sentence s : doc.sentences()) {
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly("标题", "第一句话。", "第二句话！");
    }

    @Test
    void veryLongSentencesAreCutAtCommas() {
        String clause = "澄溪市与栖霞湾新区在青岚镇联合建设智能装备产业基地";
        StringBuilder text = new StringBuilder();
        while (text.length() < 5000) text.append(clause).append('，');
        text.append("完成。");
        Document doc = Docs.read("long.txt", text.toString());
        assertThat(doc.sentences()).hasSizeGreaterThan(2)
                .allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH))
                .allSatisfy(s -> assertThat(s.text()).startsWith("澄溪市"));
        assertThat(String.join("", doc.sentences().stream().map(Sentence::text).toList())).isEqualTo(text.toString());
    }
}

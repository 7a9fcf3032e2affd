package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleAndDateTest {

    @Test
    void titleIsTheFirstHeadingLineAfterFurniture() {
        Document doc = Docs.read("t.txt", "当前位置：首页>区域动态\n- +1\n\n栖霞湾新区：打造跨省合作样板？\n\n正文第一句。正文第二句。");
        assertThat(doc.title()).isEqualTo("栖霞湾新区：打造跨省合作样板？");
    }

    @Test
    void noTitleWhenTheTextStartsWithAParagraph() {
        assertThat(Docs.read("t.txt", "澄溪市与栖霞湾新区签署协议，共建云岭科创园。").title()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年3月15日 10:20 澄溪发布", "发布时间：2023-03-15", "日期: 2023/3/15", "来源：澄溪日报 2023.03.15",
            "發佈時間：２０２３年３月１５日", "二〇二三年三月十五日"})
    void publishedDateInTheHeader(String line) {
        Document doc = Docs.read("d.txt", "青岚镇智能制造小镇开园\n" + line + "\n青岚镇智能制造小镇今日开园，首批入驻企业15家。");
        assertThat(doc.publishedAt()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void labelledDateAtTheBottomOfALongPage() {
        StringBuilder text = new StringBuilder("澄溪市发布人才政策\n");
        for (int i = 0; i < 30; i++) text.append("政策第").append(i).append("条内容，鼓励人才流动。\n");
        text.append("发布日期：2024年11月2日");
        assertThat(Docs.read("d.txt", text.toString()).publishedAt()).isEqualTo(LocalDate.of(2024, 11, 2));
    }

    @Test
    void theTimeOfAnEventInTheBodyIsNotThePublicationDate() {
        StringBuilder text = new StringBuilder("青岚镇举办人才招聘会\n");
        for (int i = 0; i < 12; i++) text.append("招聘会第").append(i).append("项安排，欢迎参加。\n");
        text.append("活动时间：2025年6月1日");
        assertThat(Docs.read("d.txt", text.toString()).publishedAt()).isNull();
    }

    @Test
    void noDateWhenNoneIsStatedAndInvalidDatesAreIgnored() {
        assertThat(Docs.read("d.txt", "青岚镇\n2021年以来，两地合作不断深化。").publishedAt()).isNull();
        assertThat(Docs.read("d.txt", "青岚镇\n编号2023-13-45的项目已经完成。").publishedAt()).isNull();
    }
}

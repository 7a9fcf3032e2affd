package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FurnitureCleaningTest {

    @Test
    void imageNamesPromotionsCreditsAndFootersAreRemoved() {
        String page = String.join("\n",
                "您的位置：首页 > 新闻中心 > 区域合作",
                "澄溪市与栖霞湾新区共建云岭科创园",
                "发布时间：2024-05-20 09:30  浏览量：356",
                "本报记者 林某某/文 周某某/图",
                "",
                "5月18日，澄溪市与栖霞湾新区在青岚镇签署合作协议，双方将共建云岭科创园。",
                "航拍图.jpg",
                "扫码关注“澄溪发布”微信公众号，获取更多资讯",
                "该园区规划面积3.2平方公里，重点发展智能装备产业。",
                "IMG_2041.PNG",
                "更多精彩内容请关注澄溪发布网站",
                "园区首期将引进12个项目。",
                "更多精彩内容请关注澄溪发布网站",
                "责任编辑：王某",
                "",
                "首页 | 新闻 | 政务 | 服务 | 互动",
                "主办单位：澄溪市人民政府办公室 服务热线：0571-88886666",
                "网站标识码3301000001 浙ICP备12345678号-2",
                "Copyright © 2019-2025 澄溪发布 版权所有");
        Document doc = Docs.read("page.txt", page);
        assertThat(doc.text()).isEqualTo(String.join("\n",
                "澄溪市与栖霞湾新区共建云岭科创园",
                "",
                "5月18日，澄溪市与栖霞湾新区在青岚镇签署合作协议，双方将共建云岭科创园。",
                "该园区规划面积3.2平方公里，重点发展智能装备产业。",
                "园区首期将引进12个项目。"));
    }

    @Test
    void pageButtonsAndReprintNotes() {
        String page = String.join("\n",
                "青岚镇智能制造小镇开园",
                "【字体：大 中 小】 ",
                "青岚镇智能制造小镇今日开园，首批入驻企业15家。",
                "（完）",
                "（编辑 林某）",
                "文章来源：澄溪日报",
                "声明：本文仅代表作者观点。",
                "分享到：",
                "【打印本页】 【关闭窗口】",
                "扫一扫在手机打开当前页",
                "精彩推荐");
        assertThat(Docs.read("p.txt", page).text()).isEqualTo("青岚镇智能制造小镇开园\n青岚镇智能制造小镇今日开园，首批入驻企业15家。");
    }

    @Test
    void traditionalFurnitureIsRecognisedAfterConversion() {
        String page = String.join("\n",
                "棲霞灣新區推動跨省產業合作",
                "棲霞灣新區與澄溪市簽署協議，共同建設雲嶺科創園區。",
                "- 報料熱線: 0571-12345678",
                "- 報料郵箱: tips@example.com",
                "互聯網新聞信息服務許可證：33120180001",
                "責任編輯：陳某");
        assertThat(Docs.read("tw.txt", page).text()).isEqualTo(
                "棲霞灣新區推動跨省產業合作\n棲霞灣新區與澄溪市簽署協議，共同建設雲嶺科創園區。");
    }

    @Test
    void trailingLinkListAroundAFooterIsRemovedButArticleSentencesStay() {
        String page = String.join("\n",
                "青岚镇打造智能制造小镇",
                "青岚镇与云岭科创园签订产业协作协议，计划三年内引进企业50家。",
                "(澄溪日报)",
                "热点推荐",
                "• 栖霞湾新区如何吸引年轻人才",
                "• 智能装备产业的三个新方向",
                "关于我们",
                "澄溪网 版权所有");
        assertThat(Docs.read("p.txt", page).text())
                .isEqualTo("青岚镇打造智能制造小镇\n青岚镇与云岭科创园签订产业协作协议，计划三年内引进企业50家。");
    }

    @Test
    void articleSentencesWithFurnitureWordsAreKept() {
        String text = String.join("\n",
                "澄溪市优化营商环境",
                "今年以来，澄溪市为企业办理各类许可证1200余件，开通企业服务热线，平均响应时间缩短到2小时，获得企业好评。",
                "记者从澄溪市发改委获悉，两地合作项目已全部开工。");
        assertThat(Docs.read("a.txt", text).text()).isEqualTo(text);
    }

    @Test
    void shortTextEndingWithoutPunctuationIsNotAFooter() {
        String text = "甲市与乙市签订合作协议。\n丙园区位于乙市";
        assertThat(Docs.read("a.txt", text).text()).isEqualTo(text);
    }

    @Test
    void aPageOfOnlyFurnitureIsEmpty() {
        byte[] bytes = "1.jpg\n2.jpg\n版权所有 © 2024 澄溪网\n".getBytes(StandardCharsets.UTF_8);
        Docs.assertRefused(new DocumentReader(), "x.txt", bytes, DocumentException.Reason.EMPTY)
                .hasMessageContaining("furniture");
    }
}

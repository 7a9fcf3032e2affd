package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlAndMarkdownTest {

    private static final String HTML = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>澄溪市与栖霞湾新区共建科创园_澄溪网</title>
            <style>.nav { color: red; }</style>
            <script>var tracker = "云岭追踪代码"; window.load();</script></head>
            <body>
            <header><a href="/">澄溪网首页</a></header>
            <nav><ul><li>新闻</li><li>政务</li></ul></nav>
            <div class="article">
              <h1>澄溪市与栖霞湾新区共建科创园</h1>
              <p class="meta">发布时间：2024年5月20日</p>
              <p>5月18日，澄溪市与栖霞湾新区签署协议，
                 共建云岭科创园。</p>
              <p>园区位于青岚镇<br>首期投资8亿元。</p>
              <ul><li>一期：智能装备</li><li>二期：新材料</li></ul>
              <p><img src="a.jpg" alt="图片">航拍图.jpg</p>
              <script>document.write("广告位招租");</script>
            </div>
            <footer>Copyright © 2024 澄溪网 浙ICP备00000000号</footer>
            </body></html>
            """;

    @Test
    void htmlBecomesTextWithBlockStructureAndWithoutScripts() {
        Document doc = Docs.read("page.html", HTML);
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.title()).isEqualTo("澄溪市与栖霞湾新区共建科创园");
        assertThat(doc.publishedAt()).hasToString("2024-05-20");
        assertThat(doc.text()).doesNotContain("追踪代码", "广告位", "color", "澄溪网首页", "政务", "ICP", "jpg")
                .isEqualTo(String.join("\n",
                        "澄溪市与栖霞湾新区共建科创园",
                        "5月18日，澄溪市与栖霞湾新区签署协议，共建云岭科创园。",
                        "园区位于青岚镇",
                        "首期投资8亿元。",
                        "一期：智能装备",
                        "二期：新材料"));
    }

    @Test
    void chromeWithoutSemanticTagsIsRemovedByNameAndLinkDensity() {
        Document doc = Docs.read("portal.html", """
                <html><body>
                <div class="top-menu"><a href="/">首页</a><a href="/n">新闻</a><a href="/z">政务</a></div>
                <div class="crumb">首页 &gt; 区域 &gt; 正文</div>
                <div id="main" class="main has-sidebar">
                  <p>栖霞湾新区与澄溪市签约共建云岭科创园，详见<a href="/doc">协议全文</a>。</p>
                  <div class="list"><a href="/1">青岚镇开园</a><br><a href="/2">人才新政发布</a><br><a href="/3">智能装备展开幕</a></div>
                  <div class="share-bar">分享到：微信 微博</div>
                </div>
                </body></html>
                """);
        assertThat(doc.text()).isEqualTo("栖霞湾新区与澄溪市签约共建云岭科创园，详见协议全文。");
    }

    @Test
    void sourceLineWrapsJoinChineseButKeepSpacesElsewhere() {
        Document doc = Docs.read("w.html", "<p>澄溪市与\n    <b>栖霞湾</b>新区\n共建 G60\n   走廊\n<b>Phase</b>\none 启动。</p>");
        assertThat(doc.text()).isEqualTo("澄溪市与栖霞湾新区共建 G60 走廊 Phase one 启动。");
    }

    @Test
    void siteLogoInThePageHeaderIsNotTheTitle() {
        Document doc = Docs.read("l.html", "<html><head><title>云岭科创园二期开工_澄溪网</title></head><body>"
                + "<header><h1>澄溪网</h1></header><div><p>云岭科创园二期今日开工。</p></div></body></html>");
        assertThat(doc.title()).isEqualTo("云岭科创园二期开工");
        assertThat(doc.text()).isEqualTo("云岭科创园二期开工\n\n云岭科创园二期今日开工。");
    }

    @Test
    void htmlTitleFromTitleElementWithoutSiteName() {
        Document doc = Docs.read("page.htm", "<html><head><title>青岚镇建成智能制造小镇 - 澄溪网</title></head>"
                + "<body><p>青岚镇智能制造小镇今日开园。</p></body></html>");
        assertThat(doc.title()).isEqualTo("青岚镇建成智能制造小镇");
        assertThat(doc.sentences()).extracting(Sentence::text).contains("青岚镇智能制造小镇今日开园。");
    }

    @Test
    void articleHeaderStaysAndTheDateComesFromTheMarkup() {
        Document doc = Docs.read("a.html", """
                <html><head><meta property="article:published_time" content="2022-11-08T09:00:00+08:00"></head>
                <body><header>澄溪网 · 首页</header>
                <article><header><h1>青岚镇引进智能装备项目</h1><p>澄溪日报 记者 周某</p></header>
                <p>青岚镇与云岭科创园签约，引进智能装备项目3个。</p></article>
                <footer>关于我们</footer></body></html>
                """);
        assertThat(doc.publishedAt()).hasToString("2022-11-08");
        assertThat(doc.text()).isEqualTo("青岚镇引进智能装备项目\n澄溪日报 记者 周某\n青岚镇与云岭科创园签约，引进智能装备项目3个。");
    }

    @Test
    void htmlIsRecognisedByContentWhenTheNameHasNoExtension() {
        Document doc = Docs.read("upload", "<!doctype html><html><body><p>栖霞湾新区发布人才新政。</p></body></html>");
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.text()).isEqualTo("栖霞湾新区发布人才新政。");
    }

    @Test
    void markdownLosesItsMarkupButKeepsTheWords() {
        String md = """
                # 云岭科创园**二期**开工

                ![效果图](images/render.png)

                > 记者手记：园区建设进展顺利

                云岭科创园由[澄溪市](https://example.com/cx)与栖霞湾新区共建，`二期`总投资15亿元。

                | 项目 | 投资 |
                |------|------|
                | 研发楼 | 5亿元 |

                ---
                - 引进企业20家
                - 新增就业3000人
                """;
        Document doc = Docs.read("note.md", md);
        assertThat(doc.format()).isEqualTo("md");
        assertThat(doc.title()).isEqualTo("云岭科创园二期开工");
        assertThat(doc.text()).doesNotContain("#", "**", "](", "render.png", "|", "---", "`")
                .contains("云岭科创园由澄溪市与栖霞湾新区共建，二期总投资15亿元。");
        assertThat(doc.sentences()).extracting(Sentence::text).contains("引进企业20家", "新增就业3000人");
    }

    @Test
    void markdownFrontMatterGivesTitleAndDate() {
        Document doc = Docs.read("post.md", """
                ---
                title: "栖霞湾新区人才新政发布"
                date: 2024-01-09
                tags: [人才]
                ---
                栖霞湾新区发布人才新政，对引进的高层次人才给予安家补贴。
                """);
        assertThat(doc.title()).isEqualTo("栖霞湾新区人才新政发布");
        assertThat(doc.publishedAt()).hasToString("2024-01-09");
        assertThat(doc.text()).isEqualTo("栖霞湾新区发布人才新政，对引进的高层次人才给予安家补贴。");
    }
}

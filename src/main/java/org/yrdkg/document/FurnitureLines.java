package org.yrdkg.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises page furniture — lines that belong to the web page or the newspaper, not to the article:
 * image file names, navigation crumbs and menus, editor and byline credits, view counters,
 * promotional and reprint notices, hotline, licence and copyright footers.
 *
 * <p>All patterns are general forms of such lines (a keyword plus the shape of the line), matched
 * against the normalised line (Simplified, half-width), so Traditional pages are covered as well.
 * Patterns that could also occur in an article sentence only apply to short lines.
 */
final class FurnitureLines {

    /** Longest line that can be a furniture line at all; article paragraphs are longer. */
    static final int MAX_LENGTH = 160;
    /** Bylines, credits and menus are shorter than this. */
    private static final int SHORT = 60;

    /**
     * A pattern with the chars one of which any match must contain: most lines contain none of them,
     * and an indexOf is much cheaper than running the regex at every position of the line.
     * Patterns that start with ^ are run with lookingAt.
     */
    private record Rule(String anyOf, Pattern pattern) {
        static Rule of(String anyOf, String regex) {
            return new Rule(anyOf, Pattern.compile(regex));
        }

        boolean test(String line) {
            if (!anyOf.isEmpty() && !containsAny(line, anyOf)) {
                return false;
            }
            var m = pattern.matcher(line);
            return pattern.pattern().startsWith("^") ? m.lookingAt() : m.find();
        }

        private static boolean containsAny(String line, String chars) {
            for (int i = 0; i < chars.length(); i++) {
                if (line.indexOf(chars.charAt(i)) >= 0) return true;
            }
            return false;
        }
    }

    private static final Pattern LEADING_BULLET = Pattern.compile("^[-*•·●■▪◆◇★☆>»|]+\\s*");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。，,；;！!]");

    /** Lines that are nothing but: punctuation, an image file name, a URL, page buttons. */
    private static final List<Rule> WHOLE_LINE = List.of(
            Rule.of("", "^[\\p{P}\\p{S}\\s]*$"),
            Rule.of(".", "^[\\p{L}\\p{N}_\\-.()\\[\\] ]{0,80}\\.(?i:jpe?g|png|gif|bmp|webp|svg|tiff?|heic)$"),
            Rule.of("hHwW", "^(?i:(https?://|www\\.)\\S+)$"),
            Rule.of("展收阅查返打关分收点评举下在转+字上完",
                    "^(?:[【\\[(（]?(展开(全文)?|收起|阅读全文|查看全文|返回(顶部|首页|列表|上一页)?|打印(本页|此页)?|关闭(窗口|本页)?"
                            + "|分享(到|至)?|收藏|点赞|评论|举报|下载|在看|转发|完|\\+\\d+)[:：]?[】\\])）]?\\s*)+$"
                            + "|^[【\\[]?(字号|字体)[:：]?\\s*[大中小默认\\s]*[】\\]]?$|^(上一篇|下一篇|上一条|下一条)\\s*[:：]"));

    /** Strong signs that the footer of the page has begun. */
    private static final List<Rule> FOOTER = List.of(
            Rule.of("版©cCaA?(", "版权所有|©|[Cc]opyright|COPYRIGHT|[Aa]ll [Rr]ights [Rr]eserved"
                    + "|^(\\?|\\([Cc]\\))\\s*(19|20)\\d{2}(\\s*[-–]\\s*(19|20)\\d{2})?\\s"),
            Rule.of("iI备", "[Ii][Cc][Pp](备|证)|公网安备|网安备|网信算备"),
            Rule.of("证号", "(许可证|备案号|登记证)号?\\s*(编号)?\\s*[:：]?\\s*[\\p{IsHan}A-Za-z]{0,4}[-\\dA-Za-z]{5,}"),
            Rule.of("更看读", "更多(资讯|信息|内容|精彩|新闻|详情|动态|资料).{0,12}(关注|访问|登录|点击|查看|下载|扫)|查看更多$|阅读原文$"),
            Rule.of("注扫按识在", "(关注|扫描|扫码|扫一扫|长按|识别|尽在).{0,12}(公众号|微信|二维码|微博|抖音|视频号|客户端|手机|app|APP)"),
            Rule.of("迎请", "(欢迎|敬请)(关注|转发|分享|订阅|投稿)"),
            Rule.of("摘转来侵未免声", "(本文|文章|此文|内容|稿件)(摘自|转自|转载自|来源于|来自)|如有侵权|侵权(请|必)"
                    + "|转载(请|须)(注明|联系)|未经(许可|授权|书面).{0,10}(转载|使用|复制)|免责声明|^(特别)?声明[:：]"),
            Rule.of("友相推延热猜往精", "^(友情链接|相关(阅读|新闻|文章|链接|推荐|报道)|推荐阅读|延伸阅读|热门(推荐|文章|新闻)|精彩推荐"
                    + "|猜你喜欢|往期回顾)"));

    /** Footer signs that an article sentence may contain too ("开通服务热线"): only on short lines. */
    private static final Rule SHORT_FOOTER = Rule.of("线话箱违", "(报料|爆料|举报|投诉|新闻)(热线|电话|邮箱)|违法和不良信息");

    /** View counters and navigation crumbs, whatever the length of the line. */
    private static final List<Rule> ANY_LENGTH = List.of(
            Rule.of("览读击问论", "(浏览量|浏览次数|阅读量|阅读数|阅读次数|点击量|点击数|点击率|访问量|评论数)\\s*[:：]?\\s*\\d+"),
            Rule.of("位页首>›»", "^(当前位置|您的位置|你的位置|所在位置|您现在的位置|你现在的位置|当前页面|位置)\\s*[:：]"
                    + "|^首页\\s*[>›»/|]|^[^>›»，。]{1,12}(\\s*[>›»]\\s*[^>›»，。]{1,12}){2,}$"));

    /** Contacts, credits and date lines: their keywords also occur in sentences, so only on short lines. */
    private static final List<Rule> SHORT_LINE = List.of(
            // a hotline, phone or mail label with a number or an address
            Rule.of("线话机真箱mM联址编qQ信", "(热线|电话|手机|传真|邮箱|[Ee]-?mail|联系方式|联系人|地址|邮编|[Qq][Qq]|微信号)"
                    + ".{0,10}([:：]|\\d).{0,6}(\\d[\\d\\-\\s()]{5,}\\d|[\\w.\\-]+@[\\w\\-]+\\.\\w+)"),
            Rule.of("编审校监出制美来稿作撰摄视图原文主",
                    "^[(（【\\[]?(责任编辑|责编|编辑|值班编辑|主编|审核|审校|审签|校对|监制|终审|二审|初审|一审|出品|制作|美编|"
                            + "编审|(文章|信息|新闻)?来源|稿源|作者|撰文|撰稿|摄影|摄像|视频|图片|图片来源|图源|图文|原标题|原文链接|文字)"
                            + "\\s*[:：|丨/]|^[(（【\\[]?(责任编辑|责编|编辑)\\s+\\p{IsHan}{2,4}[)）】\\]]?$"),
            Rule.of("时日", "^(发布|发表|更新|发稿|上传)?(时间|日期)\\s*[:：]\\s*\\d"));

    /** A byline ("本报记者 某某/文"): a short line without sentence punctuation. */
    private static final Rule BYLINE = Rule.of("记讯/",
            "^(本报|本台|本刊|本网|新华社|中新社|央视)?\\s*(特约)?(记者|通讯员|见习记者)|/(文|图|摄)\\b|\\s(文|图|摄)/");
    /** A menu: four or more short items separated by bars or wide spaces. */
    private static final Rule MENU = Rule.of("|｜ ", "^[^，。,;；:：]{1,8}(\\s*[|｜]\\s*|\\s{2,})"
            + "([^，。,;；:：|｜\\s]{1,8}(\\s*[|｜]\\s*|\\s{2,})){2,}[^，。,;；:：|｜\\s]{1,8}$");

    private FurnitureLines() {
    }

    /** Whether a (trimmed, normalised) line is page furniture on its own. */
    static boolean isFurniture(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        String l = withoutBullet(line);
        if (l.isEmpty()) {
            return !line.isEmpty();
        }
        if (any(WHOLE_LINE, l) || isFooter(l) || any(ANY_LENGTH, l)) {
            return true;
        }
        if (l.length() > SHORT) {
            return false;
        }
        if (any(SHORT_LINE, l)) {
            return true;
        }
        boolean noSentence = !SENTENCE_MARK.matcher(l).find();
        return noSentence && (l.length() <= 40 && BYLINE.test(l) || MENU.test(l));
    }

    /** Whether a (trimmed, normalised) line marks the footer of a page: copyright, licence, reprint or follow-us notices. */
    static boolean isFooter(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        String l = withoutBullet(line);
        return any(FOOTER, l) || l.length() <= SHORT && SHORT_FOOTER.test(l);
    }

    private static String withoutBullet(String line) {
        return LEADING_BULLET.matcher(line).replaceFirst("");
    }

    private static boolean any(List<Rule> rules, String line) {
        for (Rule r : rules) {
            if (r.test(line)) return true;
        }
        return false;
    }
}

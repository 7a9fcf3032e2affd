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

    private static final Pattern LEADING_BULLET = Pattern.compile("^[-*•·●■▪◆◇★☆>»|]+\\s*");

    private static final Pattern IMAGE_FILE = Pattern.compile(
            "^[\\p{L}\\p{N}_\\-.()\\[\\] ]{0,80}\\.(?i:jpe?g|png|gif|bmp|webp|svg|tiff?|heic)$");
    private static final Pattern URL_ONLY = Pattern.compile("^(?i:(https?://|www\\.)\\S+)$");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。，,；;！!]");
    private static final Pattern NO_WORDS = Pattern.compile("^[\\p{P}\\p{S}\\s]*$");

    private static final Pattern UI_WORDS = Pattern.compile(
            "^([【\\[(]?(展开(全文)?|收起|阅读全文|查看全文|返回(顶部|首页|列表|上一页)?|打印(本页|此页)?|关闭(窗口|本页)?"
                    + "|分享(到)?|收藏|点赞|评论|举报|下载|在看|转发|\\+\\d+)[】\\])]?\\s*)+$"
                    + "|^字号[:：]?\\s*[大中小\\s]*$|^(上一篇|下一篇|上一条|下一条)\\s*[:：].*");

    /** Strong signs that the footer of the page has begun. */
    private static final List<Pattern> FOOTER = List.of(
            Pattern.compile("(?i)版权所有|©|copyright|all rights reserved|^(\\?|\\(c\\))\\s*(19|20)\\d{2}(\\s*[-–]\\s*(19|20)\\d{2})?\\s"),
            Pattern.compile("(?i)icp(备|证)|公网安备|网安备|网信算备"),
            Pattern.compile("(许可证|许可证号|备案号|登记证)\\s*(编号)?\\s*[:：]?\\s*[\\p{IsHan}A-Za-z]{0,4}[-\\dA-Za-z]{5,}"),
            Pattern.compile("更多(资讯|信息|内容|精彩|新闻|详情|动态|资料).{0,12}(关注|访问|登录|点击|查看|下载|扫)"),
            Pattern.compile("(关注|扫描|扫码|扫一扫|长按|识别).{0,12}(公众号|微信|二维码|微博|抖音|视频号|客户端|app|APP)"),
            Pattern.compile("(欢迎|敬请)(关注|转发|分享|订阅|投稿)"),
            Pattern.compile("(本文|文章|此文|内容|稿件)(摘自|转自|转载自|来源于|来自)|如有侵权|侵权(请|必)|转载(请|须)(注明|联系)|未经(许可|授权|书面).{0,10}(转载|使用|复制)|免责声明"),
            Pattern.compile("^(友情链接|相关(阅读|新闻|文章|链接|推荐|报道)|推荐阅读|延伸阅读|热门(推荐|文章|新闻)|猜你喜欢|往期回顾)"));

    /** Footer signs that an article sentence may contain too ("开通服务热线"): only on short lines. */
    private static final Pattern SHORT_FOOTER = Pattern.compile("(报料|爆料|举报|投诉|新闻)(热线|电话|邮箱)|违法和不良信息");

    /** Contact lines: a hotline, phone or mail label with a number or address. */
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)(热线|电话|手机|传真|邮箱|e-?mail|联系方式|联系人|地址|邮编|qq|微信号).{0,10}([:：]|\\d).{0,6}(\\d[\\d\\-\\s()]{5,}\\d|\\S+@\\S+\\.\\w+)");

    private static final Pattern CREDIT = Pattern.compile(
            "^[(（【\\[]?(责任编辑|责编|编辑|值班编辑|主编|审核|审校|审签|校对|监制|终审|二审|初审|一审|出品|制作|美编|"
                    + "编审|来源|稿源|作者|撰文|撰稿|摄影|摄像|视频|图片|图片来源|图源|图文|原标题|原文链接|文字)\\s*[:：|丨/]");
    private static final Pattern BYLINE = Pattern.compile(
            "^(本报|本台|本刊|本网|新华社|中新社|央视)?\\s*(特约)?(记者|通讯员|见习记者)|/(文|图|摄)\\b|\\s(文|图|摄)/");

    private static final Pattern CRUMBS = Pattern.compile(
            "^(当前位置|您的位置|你的位置|所在位置|您现在的位置|你现在的位置|当前页面|位置)\\s*[:：]"
                    + "|^首页\\s*[>›»/|]|^[^>›»，。]{1,12}(\\s*[>›»]\\s*[^>›»，。]{1,12}){2,}$");
    private static final Pattern COUNTER = Pattern.compile("(浏览量|浏览次数|阅读量|阅读数|阅读次数|点击量|点击数|点击率|访问量|评论数)\\s*[:：]?\\s*\\d+");
    private static final Pattern META_DATE = Pattern.compile("^(发布|发表|更新|发稿|上传)?(时间|日期)\\s*[:：]\\s*\\d");
    /** A menu: four or more short items separated by bars or wide spaces, no sentence punctuation. */
    private static final Pattern MENU = Pattern.compile("^[^，。,;；:：]{1,8}(\\s*[|｜]\\s*|\\s{2,})([^，。,;；:：|｜\\s]{1,8}(\\s*[|｜]\\s*|\\s{2,})){2,}[^，。,;；:：|｜\\s]{1,8}$");

    private FurnitureLines() {
    }

    /** Whether a (trimmed, normalised) line is page furniture on its own. */
    static boolean isFurniture(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        String l = LEADING_BULLET.matcher(line).replaceFirst("");
        if (l.isEmpty()) {
            return !line.isEmpty();
        }
        if (NO_WORDS.matcher(l).matches() || IMAGE_FILE.matcher(l).matches() || URL_ONLY.matcher(l).matches()
                || UI_WORDS.matcher(l).matches() || isFooter(l) || CRUMBS.matcher(l).find()
                || COUNTER.matcher(l).find()) {
            return true;
        }
        if (l.length() > SHORT) {
            return false;
        }
        boolean noSentence = !SENTENCE_MARK.matcher(l).find();
        return CONTACT.matcher(l).find() || CREDIT.matcher(l).find() || META_DATE.matcher(l).find()
                || (noSentence && l.length() <= 40 && BYLINE.matcher(l).find()) || (noSentence && MENU.matcher(l).matches());
    }

    /** Whether a (trimmed, normalised) line marks the footer of a page: copyright, licence, reprint or follow-us notices. */
    static boolean isFooter(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        String l = LEADING_BULLET.matcher(line).replaceFirst("");
        for (Pattern p : FOOTER) {
            if (p.matcher(l).find()) {
                return true;
            }
        }
        return l.length() <= SHORT && SHORT_FOOTER.matcher(l).find();
    }
}

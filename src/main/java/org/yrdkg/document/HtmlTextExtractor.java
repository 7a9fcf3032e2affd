package org.yrdkg.document;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to plain text with jsoup: page chrome (scripts, styles, navigation, header, footer, forms) is
 * removed as elements, and block elements become line breaks so that paragraphs, headings and list
 * items stay separate lines for the furniture filter and the sentence splitter.
 */
final class HtmlTextExtractor {

    private static final String CHROME = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, form, button, select, [hidden], [aria-hidden=true], [role=navigation]";
    /** Page header and footer, except those inside an article, where they hold its title and byline. */
    private static final String PAGE_FRAME = "header, footer";
    private static final String DATE_MARKUP = "meta[property=article:published_time], meta[itemprop=datePublished], "
            + "meta[name~=(?i)^(publishdate|pubdate|publish_date|publication_date|dc\\.date|date)$], time[datetime]";

    /** "标题_站名", "标题 - 站名", "标题 | 站名": the site name after the last such separator. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("(?:_|\\s[-–—|｜]\\s)[^_|｜]{1,20}$");

    private HtmlTextExtractor() {
    }

    /** Text of the page; title from the first &lt;h1&gt;, else &lt;title&gt; without the site name; date from meta tags. */
    static ExtractedText extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = titleOf(page);
        String dateLine = dateOf(page);
        page.select(CHROME).remove();
        for (Element frame : page.select(PAGE_FRAME)) {
            if (frame.closest("article") == null) {
                frame.remove();
            }
        }
        HtmlBoilerplate.remove(page.body());
        StringBuilder out = new StringBuilder(html.length() / 2);
        page.body().traverse(new BlockAwareText(out));
        String text = out.toString();
        if (title != null && !text.substring(0, Math.min(text.length(), 2000)).contains(title)) {
            // the <title> is not part of the body: put it first so the text starts with its heading
            text = title + "\n\n" + text;
        }
        return new ExtractedText(text, title, dateLine);
    }

    /** A labelled line ("发布时间：…") from the first date in the markup, for the date finder. */
    private static String dateOf(org.jsoup.nodes.Document page) {
        for (Element e : page.select(DATE_MARKUP)) {
            String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            if (!value.isBlank()) {
                return TitleAndDateFinder.dateLine(value);
            }
        }
        return null;
    }

    /**
     * The article's &lt;h1&gt; (inside article/main, else outside the page header, where an h1 is often
     * the site's logo), else the &lt;title&gt; without the site name.
     */
    private static String titleOf(org.jsoup.nodes.Document page) {
        String h1 = firstText(page.select("article h1, main h1"));
        if (h1 == null) {
            Elements outsideFrame = new Elements();
            for (Element e : page.select("h1")) {
                if (e.closest("header, nav, footer") == null) outsideFrame.add(e);
            }
            h1 = firstText(outsideFrame);
        }
        if (h1 != null) {
            return h1;
        }
        String t = page.title().strip();
        if (t.isEmpty()) {
            return firstText(page.select("h1"));
        }
        String withoutSite = SITE_SUFFIX.matcher(t).replaceFirst("").strip();
        return withoutSite.isEmpty() ? t : withoutSite;
    }

    private static String firstText(Elements elements) {
        for (Element e : elements) {
            String t = e.text().strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    /** Appends text nodes; block elements and &lt;br&gt; start new lines, table cells are separated by a space. */
    private static final class BlockAwareText implements NodeVisitor {
        private final StringBuilder out;
        /** Whitespace seen but not yet written: the next char, perhaps in another text node, decides. */
        private boolean pendingSpace;
        private boolean pendingWrap;

        BlockAwareText(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                Element parent = t.parent();
                boolean pre = parent != null && (parent.normalName().equals("pre") || parent.normalName().equals("textarea"));
                if (pre) {
                    out.append(t.getWholeText());
                } else {
                    appendCollapsed(t.getWholeText());
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    pendingSpace = false;
                    pendingWrap = false;
                    out.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = true;
                } else if (e.isBlock()) {
                    newLine();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock() && !e.normalName().equals("td") && !e.normalName().equals("th")) {
                newLine();
            }
        }

        private void newLine() {
            pendingSpace = false;
            pendingWrap = false;
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        /**
         * HTML whitespace is one space, and none at the start of a line: line structure comes from
         * elements. A source line break between two Chinese chars is dropped altogether — Chinese has no
         * spaces between words, so it is only the editor's wrapping ("签署协议，⏎ 共建").
         */
        private void appendCollapsed(String s) {
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (isHtmlSpace(c)) {
                    pendingSpace = true;
                    pendingWrap |= c == '\n' || c == '\r';
                    continue;
                }
                if (pendingSpace && out.length() > 0) {
                    char before = out.charAt(out.length() - 1);
                    boolean joined = pendingWrap && isChinese(before) && isChinese(c);
                    if (!joined && before != ' ' && before != '\n') {
                        out.append(' ');
                    }
                }
                pendingSpace = false;
                pendingWrap = false;
                out.append(c);
            }
        }

        private static boolean isHtmlSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        private static boolean isChinese(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F
                    || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2018 && c <= 0x201D;
        }
    }
}

package org.yrdkg.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the page chrome that is not marked up as such: blocks whose class or id names them
 * (breadcrumb, sidebar, share, related, copyright …) and blocks that are mostly links (menus, link
 * lists, "related articles"). Blocks holding an &lt;h1&gt; are kept: they hold the article. One pass
 * that sums text and link lengths bottom-up, so it stays linear however deep the page nests.
 */
final class HtmlBoilerplate {

    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(breadcrumbs?|crumbs?|sidebar|side-bar|share|sharing|social|copyright|footer|navbar|nav|menu"
                    + "|comments?|related|recommend|advert|ads|banner|toolbar|pagination|pager|topbar|login)([-_\\s]|$)");
    private static final Set<String> BLOCKS = Set.of("div", "ul", "ol", "section", "table", "tbody", "dl", "p", "span");
    private static final int MIN_LINKS = 3;
    private static final double LINK_SHARE = 0.8;
    /**
     * A named block with a paragraph of its own text, or much text, may be the article after all ("main
     * has-sidebar"); furniture lines inside it are left to the text cleaner.
     */
    private static final int PARAGRAPH = 20;
    private static final int MAX_NAMED_TEXT = 100;

    private HtmlBoilerplate() {
    }

    static void remove(Element body) {
        Collector collector = new Collector();
        body.traverse(collector);
        collector.chrome.forEach(Element::remove);
    }

    private static final class Collector implements NodeVisitor {
        /** Per open element: visible chars, chars inside links, links, h1 elements, paragraphs. */
        private final Deque<int[]> open = new ArrayDeque<>();
        private final List<Element> chrome = new ArrayList<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                open.push(new int[5]);
                if (e.normalName().equals("a")) linkDepth++;
            } else if (node instanceof TextNode t && !open.isEmpty()) {
                int chars = t.text().strip().length();
                open.peek()[0] += chars;
                if (linkDepth > 0) open.peek()[1] += chars;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            int[] c = open.pop();
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
                c[2]++;
            } else if (tag.equals("h1")) {
                c[3]++;
            } else if (tag.equals("p") && c[0] - c[1] >= PARAGRAPH) {
                c[4]++;
            }
            if (c[3] == 0 && isChrome(e, tag, c)) {
                chrome.add(e);
            }
            if (!open.isEmpty()) {
                int[] parent = open.peek();
                for (int i = 0; i < c.length; i++) parent[i] += c[i];
            }
        }

        private static boolean isChrome(Element e, String tag, int[] c) {
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            boolean linkList = c[2] >= MIN_LINKS && c[1] >= LINK_SHARE * c[0];
            if (BLOCKS.contains(tag) && linkList) {
                return true;
            }
            boolean named = CHROME_NAME.matcher(e.className()).find() || CHROME_NAME.matcher(e.id()).find();
            return named && c[4] == 0 && c[0] - c[1] < MAX_NAMED_TEXT;
        }
    }
}

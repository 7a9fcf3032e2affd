package org.yrdkg.document;

import java.util.regex.Pattern;

/**
 * Markdown to plain text, line by line: the markup that would otherwise end up in sentences (heading
 * marks, emphasis, link and image syntax, table pipes, fences, rules) goes; the words stay. List
 * markers stay because the sentence splitter uses them.
 */
final class MarkdownCleaner {

    /** Plain text and the first heading (the title), or null. */
    record Cleaned(String text, String title) {
    }

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(\\s+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$|^#+\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_=]\\s*){3,}$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    // bounded repetitions: a line full of unmatched brackets must not take quadratic time
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,300}]\\([^)\\n]{0,1000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,300})]\\([^)\\n]{0,1000}\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|~~|`");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>\\n]{0,200}>");

    private MarkdownCleaner() {
    }

    static Cleaned clean(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        String title = null;
        for (String line : markdown.split("\n", -1)) {
            String l = line;
            if (FENCE.matcher(l).matches() || RULE.matcher(l).matches() || TABLE_SEPARATOR.matcher(l).matches()) {
                out.append('\n');
                continue;
            }
            var heading = HEADING.matcher(l);
            if (heading.lookingAt()) {
                l = CLOSING_HASHES.matcher(l.substring(heading.end())).replaceFirst("");
                if (title == null && !l.isBlank()) {
                    title = inline(l).strip();
                }
            }
            l = QUOTE.matcher(l).replaceFirst("");
            l = inline(l);
            if (l.strip().startsWith("|")) {
                l = l.replace('|', ' ');
            }
            out.append(l).append('\n');
        }
        return new Cleaned(out.toString(), title);
    }

    private static String inline(String l) {
        if (l.indexOf("](") >= 0) {
            l = IMAGE.matcher(l).replaceAll("");
            l = LINK.matcher(l).replaceAll("$1");
        }
        if (l.indexOf('<') >= 0) {
            l = HTML_TAG.matcher(l).replaceAll("");
        }
        return EMPHASIS.matcher(l).replaceAll("");
    }
}

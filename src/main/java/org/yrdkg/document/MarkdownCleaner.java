package org.yrdkg.document;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Markdown to plain text, line by line: the markup that would otherwise end up in sentences (heading
 * marks, emphasis, link and image syntax, table pipes, fences, rules) goes; the words stay. List
 * markers stay because the sentence splitter uses them. A YAML front matter block gives the title
 * and date.
 */
final class MarkdownCleaner {

    /** Front matter must close within this many lines, else the leading --- is a rule. */
    private static final int MAX_FRONT_MATTER = 60;
    private static final Pattern FRONT_MATTER_ENTRY = Pattern.compile("^([A-Za-z_]+)\\s*:\\s*['\"]?(.*?)['\"]?\\s*$");

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

    static ExtractedText clean(String markdown) {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        String title = null;
        String dateLine = null;
        int first = 0;
        int end = frontMatterEnd(lines);
        if (end > 0) {
            for (int i = 1; i < end; i++) {
                var entry = FRONT_MATTER_ENTRY.matcher(lines[i]);
                if (!entry.matches() || entry.group(2).isBlank()) continue;
                String key = entry.group(1).toLowerCase(Locale.ROOT);
                if (key.equals("title") && title == null) {
                    title = entry.group(2);
                } else if (key.matches("date|published|pubdate|publishdate|published_at") && dateLine == null) {
                    dateLine = TitleAndDateFinder.dateLine(entry.group(2));
                }
            }
            first = end + 1;
        }
        for (int i = first; i < lines.length; i++) {
            String l = lines[i];
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
        return new ExtractedText(out.toString(), title, dateLine);
    }

    /** Index of the line closing a front matter block that opens the file, or -1. */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return -1;
        }
        for (int i = 1; i < Math.min(lines.length, MAX_FRONT_MATTER); i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                return i;
            }
        }
        return -1;
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

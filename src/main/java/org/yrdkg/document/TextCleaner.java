package org.yrdkg.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tidies decoded text into lines and removes page furniture.
 *
 * <p>Three kinds of furniture: lines that are furniture by themselves ({@link FurnitureLines}); short
 * non-sentence lines repeated three or more times (promotions and captions pasted under every
 * section); and the footer zone — the short, sentence-less lines at the end of a page around a
 * copyright, licence or "follow us" line (site name, link lists, "展开"), which no single pattern
 * could recognise.
 */
final class TextCleaner {

    /** Longer lines are article text, never furniture, and are not normalised for matching. */
    private static final int MAX_FURNITURE = FurnitureLines.MAX_LENGTH;
    private static final int REPEATED = 3;

    private TextCleaner() {
    }

    /**
     * Line breaks to \n, control characters out, each line trimmed (also of ideographic and no-break
     * spaces), runs of blank lines to one. The result is what furniture detection and offsets work on.
     */
    static List<String> tidyLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean blank = true;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                String l = strip(line);
                line.setLength(0);
                if (l.isEmpty()) {
                    if (!blank) lines.add("");
                    blank = true;
                } else {
                    lines.add(l);
                    blank = false;
                }
            } else if (c == '\t') {
                line.append(' ');
            } else if (!EncodingDetector.isControl(c) && c != '\uFEFF' && c != '\u200B') {
                line.append(c);
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Tidied lines without furniture, joined with \n; paragraphs keep one blank line between them. */
    static String clean(List<String> lines) {
        int n = lines.size();
        String[] normalized = new String[n];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String l = lines.get(i);
            if (!l.isEmpty() && l.length() <= MAX_FURNITURE) {
                normalized[i] = TextNormalizer.normalizedText(l).strip();
                counts.merge(normalized[i], 1, Integer::sum);
            }
        }
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            String l = normalized[i];
            drop[i] = l != null && (FurnitureLines.isFurniture(l)
                    || counts.get(l) >= REPEATED && l.length() >= 2 && !isArticleLine(lines.get(i), l));
        }
        dropFooterZone(lines, normalized, drop);
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (int i = 0; i < n; i++) {
            if (drop[i]) {
                continue;
            }
            String l = lines.get(i);
            if (l.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(l);
            pendingBlank = false;
        }
        return out.toString();
    }

    /**
     * From the end of the page back to the last article line, the short lines without sentence
     * punctuation go if a footer line is among them. Never reaches above the first article line, so a
     * title or a short text survives.
     */
    private static void dropFooterZone(List<String> lines, String[] normalized, boolean[] drop) {
        int firstArticleLine = -1;
        for (int i = 0; i < normalized.length && firstArticleLine < 0; i++) {
            if (!drop[i] && isArticleLine(lines.get(i), normalized[i])) firstArticleLine = i;
        }
        if (firstArticleLine < 0) {
            return;
        }
        boolean footerSeen = false;
        int zoneStart = normalized.length;
        for (int i = normalized.length - 1; i > firstArticleLine; i--) {
            if (drop[i]) {
                footerSeen |= FurnitureLines.isFooter(normalized[i]);
            } else if (isArticleLine(lines.get(i), normalized[i])) {
                break;
            }
            zoneStart = i;
        }
        if (footerSeen) {
            for (int i = zoneStart; i < normalized.length; i++) drop[i] = true;
        }
    }

    /** A paragraph or a sentence: long, or ending like a sentence. */
    private static boolean isArticleLine(String line, String normalized) {
        if (line.length() > 50) {
            return true;
        }
        if (normalized == null || normalized.isEmpty()) {
            return false;
        }
        char last = normalized.charAt(normalized.length() - 1);
        return last == '。' || last == '！' || last == '!' || last == '；' || last == '”' && normalized.length() > 20;
    }

    private static String strip(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) start++;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        return s.subSequence(start, end).toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}

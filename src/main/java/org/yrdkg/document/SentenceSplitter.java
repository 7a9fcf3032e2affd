package org.yrdkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentence spans in one linear pass: at 。！？；!?; (with the closing quotes and
 * brackets that follow them, and not inside a 《book title》), at line breaks, before list items
 * inside a line, and — so that later stages stay linear — every {@value #MAX_LENGTH} chars at the
 * latest, at a comma if there is one.
 */
final class SentenceSplitter {

    /** A span [start, end) of the text. */
    record Span(int start, int end) {
    }

    static final int MAX_LENGTH = 500;
    /** A 《 that is not closed within this many chars is a stray mark, not a title. */
    private static final int MAX_BOOK_TITLE = 100;

    /** Markers that start a list item: 1. 2、 (一) （1） 一、 and bullets followed by a space. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "\\d{1,2}[.、．](?![\\d.．])|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[-•●■▪◆*]\\s");
    private static final Pattern LEADING_BULLET = Pattern.compile("[-•●■▪◆★☆*·]\\s+|[•●■▪◆★☆]");

    private SentenceSplitter() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        Matcher listItem = LIST_ITEM.matcher(text);
        Matcher bullet = LEADING_BULLET.matcher(text);
        int n = text.length();
        int start = 0;
        int bookOpen = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                emit(text, start, i, bullet, out);
                start = i + 1;
                bookOpen = -1;
                continue;
            }
            if (c == '《') {
                bookOpen = i;
            } else if (c == '》' || bookOpen >= 0 && i - bookOpen > MAX_BOOK_TITLE) {
                bookOpen = -1;
            }
            if (isTerminator(text, i) && bookOpen < 0) {
                int end = i + 1;
                // ？！ runs and the closing marks right after the terminator stay with the sentence: 。” ！）
                while (end < n && (isTerminator(text, end) || isClosing(text.charAt(end)))) end++;
                emit(text, start, end, bullet, out);
                start = end;
                i = end - 1;
            } else if (i > start && startsListItem(text, i, listItem)) {
                emit(text, start, i, bullet, out);
                start = i;
            } else if (i - start >= MAX_LENGTH) {
                int cut = cutPoint(text, start, i);
                emit(text, start, cut, bullet, out);
                start = cut;
            }
        }
        emit(text, start, n, bullet, out);
        return out;
    }

    private static boolean isTerminator(String text, int i) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '；') {
            return true;
        }
        if (c == '!' || c == '?' || c == ';') {
            // not inside a URL or an entity: "view.html?id=2", "&amp;"
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            return !(next < 128 && (Character.isLetterOrDigit(next) || next == '=' || next == '&'));
        }
        return false;
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '》' || c == '）' || c == ')' || c == '】'
                || c == '〕' || c == '"' || c == '\'';
    }

    /** A list marker right after a space or a colon, inside a line ("主要任务： 1.… 2.…"). */
    private static boolean startsListItem(String text, int i, Matcher listItem) {
        char prev = text.charAt(i - 1);
        if (!(TextCleaner.isSpace(prev) || prev == '：' || prev == ':')) {
            return false;
        }
        listItem.region(i, Math.min(text.length(), i + 6));
        return listItem.lookingAt();
    }

    /** Last comma, enumeration comma or space in the second half of an over-long run; else a hard cut. */
    private static int cutPoint(String text, int start, int end) {
        for (int j = end; j > start + MAX_LENGTH / 2; j--) {
            char c = text.charAt(j - 1);
            if (c == '，' || c == ',' || c == '、' || c == '：' || c == ' ') {
                return j;
            }
        }
        return Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    /** Adds [start, end) without surrounding spaces and leading bullets, if anything readable remains. */
    private static void emit(String text, int start, int end, Matcher bullet, List<Span> out) {
        while (start < end && TextCleaner.isSpace(text.charAt(start))) start++;
        while (end > start && TextCleaner.isSpace(text.charAt(end - 1))) end--;
        if (start < end) {
            bullet.region(start, end);
            if (bullet.lookingAt()) {
                start = bullet.end();
                while (start < end && TextCleaner.isSpace(text.charAt(start))) start++;
            }
        }
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                out.add(new Span(start, end));
                return;
            }
        }
    }
}

package org.yrdkg.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title (first heading line) and the date of publication a page states.
 * Dates are looked for in the tidied lines before furniture removal, because the date usually sits
 * in a metadata line ("发布时间：… 浏览量：…") that the cleaner removes.
 */
final class TitleAndDateFinder {

    /** Longest line taken as a title; a longer first line is a paragraph, and the text has no title. */
    private static final int MAX_TITLE = 120;
    /** Lines at the top of a page where an unlabelled date is its publication date. */
    private static final int HEADER_LINES = 10;

    private static final String NUMERIC = "(?<!\\d)((?:19|20)\\d{2})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
            + "|([-/.])\\s*(\\d{1,2})\\s*\\4\\s*(\\d{1,2})(?!\\d))";
    private static final String HAN_DIGIT = "[〇零○O一二三四五六七八九]";
    private static final String HAN_NUMBER = "[一二三四五六七八九十]{1,3}";
    private static final String CHINESE = "(" + HAN_DIGIT + "{4})年(" + HAN_NUMBER + ")月(" + HAN_NUMBER + ")日";
    private static final Pattern DATE = Pattern.compile(NUMERIC + "|" + CHINESE);
    /** "发布时间：" and the like label a publication date anywhere on the page. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(发布|发表|发稿|更新|上传|刊发|出版)(时间|日期)\\s*[:：]?\\s*$|(发布|发表)于\\s*$");
    /** A bare "时间：" only in the header: in the body it is the time of an event ("活动时间：…"). */
    private static final Pattern BARE_LABEL = Pattern.compile("(^|\\s)(时间|日期)\\s*[:：]?\\s*$");

    private TitleAndDateFinder() {
    }

    /** A line the date finder reads as a labelled publication date, for dates given by markup. */
    static String dateLine(String value) {
        return "发布时间：" + value.strip();
    }

    /** The first non-empty line when it is short enough to be a heading and does not end like a paragraph. */
    static String title(String cleanedText) {
        int end = cleanedText.indexOf('\n');
        String first = (end < 0 ? cleanedText : cleanedText.substring(0, end)).strip();
        if (first.isEmpty() || first.length() > MAX_TITLE || first.endsWith("。")) {
            return null;
        }
        return first;
    }

    /**
     * A labelled date (发布时间：2023-03-15) anywhere on a short line, else the first date in the first
     * lines of the page; null when the page states none.
     */
    static LocalDate publishedAt(List<String> lines) {
        LocalDate firstInHeader = null;
        int nonEmpty = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (nonEmpty > HEADER_LINES && firstInHeader != null) {
                return firstInHeader;
            }
            if (line.length() > FurnitureLines.MAX_LENGTH) {
                continue;
            }
            String normalized = TextNormalizer.normalizedText(line);
            Matcher m = DATE.matcher(normalized);
            while (m.find()) {
                LocalDate date = toDate(m);
                if (date == null) {
                    continue;
                }
                String before = normalized.substring(0, m.start());
                if (PUBLISHED_LABEL.matcher(before).find() || nonEmpty <= HEADER_LINES && BARE_LABEL.matcher(before).find()) {
                    return date;
                }
                if (firstInHeader == null && nonEmpty <= HEADER_LINES) {
                    firstInHeader = date;
                }
            }
        }
        return firstInHeader;
    }

    private static LocalDate toDate(Matcher m) {
        try {
            if (m.group(1) != null) {
                int year = Integer.parseInt(m.group(1));
                String month = m.group(2) != null ? m.group(2) : m.group(5);
                String day = m.group(3) != null ? m.group(3) : m.group(6);
                return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            }
            return LocalDate.of(hanDigits(m.group(7)), hanNumber(m.group(8)), hanNumber(m.group(9)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** 二〇二三 → 2023 */
    private static int hanDigits(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * 10 + hanDigit(s.charAt(i));
        }
        return v;
    }

    /** 三 → 3, 十 → 10, 十五 → 15, 二十 → 20, 三十一 → 31 */
    private static int hanNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return hanDigit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : hanDigit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : hanDigit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int hanDigit(char c) {
        int d = "〇一二三四五六七八九".indexOf(c);
        if (d >= 0) return d;
        if (c == '零' || c == '○' || c == 'O') return 0;
        throw new NumberFormatException("not a Chinese digit: " + c);
    }
}

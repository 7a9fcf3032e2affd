package org.yrdkg.extract.relate;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in yuan, parsed from 55亿元, 461.51亿元, 近256亿元, 3200万元, 30多亿元.
 *
 * @param yuan      the amount as an integer number of yuan
 * @param qualifier 近/约/超/逾/余/多… when the text hedges the figure, else null
 * @param start     offset of the amount in the text it was parsed from
 * @param end       end offset
 */
public record Amount(long yuan, String qualifier, int start, int end) {

    static final Pattern PATTERN = Pattern.compile(
            "(近|约|超过|超|逾|达到|达|共计|共|累计|合计|总计|不少于|不低于|高达)?(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+(?=[万亿千百]))\\s*(多|余)?\\s*(万亿|千亿|百亿|亿|千万|百万|万|千)?\\s*(多|余)?\\s*(?:元|人民币)");

    private static final java.util.Set<String> HEDGES = java.util.Set.of("近", "约", "超过", "超", "逾", "多", "余",
            "不少于", "不低于", "高达");

    /** The first amount in {@code text} at or after {@code from}, or null. */
    public static Amount find(String text, int from) {
        Matcher m = PATTERN.matcher(text);
        if (!m.find(from)) return null;
        return of(m);
    }

    public static Amount parse(String text) {
        return find(text, 0);
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** 五十 → 50, 三千 → 3000, 一百二十 → 120: Chinese numerals below ten thousand. */
    static long chinese(String s) {
        long total = 0, digit = 0;
        for (char c : s.toCharArray()) {
            int d = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return total + digit;
    }

    private static Amount of(Matcher m) {
        BigDecimal number = Character.isDigit(m.group(2).charAt(0)) ? new BigDecimal(m.group(2))
                : BigDecimal.valueOf(chinese(m.group(2)));
        String unit = m.group(4) == null ? "" : m.group(4);
        long factor = switch (unit) {
            case "万亿" -> 1_000_000_000_000L;
            case "千亿" -> 100_000_000_000L;
            case "百亿" -> 10_000_000_000L;
            case "亿" -> 100_000_000L;
            case "千万" -> 10_000_000L;
            case "百万" -> 1_000_000L;
            case "万" -> 10_000L;
            case "千" -> 1_000L;
            default -> 1L;
        };
        long yuan = number.multiply(BigDecimal.valueOf(factor)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        String qualifier = null;
        for (String g : new String[]{m.group(1), m.group(3), m.group(5)}) {
            if (g != null && HEDGES.contains(g)) qualifier = g;
        }
        return new Amount(yuan, qualifier, m.start(), m.end());
    }
}

package org.yrdkg.extract.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as the text states it, parsed from 55亿元, 461.51亿元, 近256亿元, 3200万元, 30多亿元,
 * 人民币49,800万元, 1.5亿美元. Yuan are yuan; other currencies keep their own unit (never converted).
 *
 * @param value     the amount as an integer number of units of {@code currency}
 * @param currency  ISO 4217 code: CNY, USD, HKD, EUR, JPY, GBP, AUD
 * @param qualifier 近/约/超/逾/余/多… when the text hedges the figure, else null
 * @param start     offset of the amount in the text it was parsed from
 * @param end       end offset
 */
public record Amount(long value, String currency, String qualifier, int start, int end) {

    /** The currency words the parser knows, longest first so that 美元 is not read as 元. */
    public static final String CURRENCY = "(?:美元|港元|港币|欧元|日元|英镑|澳元|元)";

    static final Pattern PATTERN = Pattern.compile(
            "(近|约|超过|超|逾|达到|高达|达|共计|共|累计|合计|总计|不少于|不低于)?(?:人民币)?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+(?=[万亿千百]))\\s*(多|余)?\\s*(万亿|千亿|百亿|亿|千万|百万|万|千)?\\s*(多|余)?\\s*(美元|港元|港币|欧元|日元|英镑|澳元|元|人民币)");

    private static final java.util.Map<String, String> CODES = java.util.Map.of("美元", "USD", "港元", "HKD", "港币", "HKD",
            "欧元", "EUR", "日元", "JPY", "英镑", "GBP", "澳元", "AUD", "元", "CNY", "人民币", "CNY");

    /** The amount in yuan, or null when the text states it in another currency. */
    public Long yuan() {
        return "CNY".equals(currency) ? value : null;
    }

    private static final java.util.Set<String> HEDGES = java.util.Set.of("近", "约", "超过", "超", "逾", "多", "余",
            "不少于", "不低于", "高达");

    /** The first amount in {@code text} at or after {@code from}, or null. */
    public static Amount find(String text, int from) {
        Matcher m = PATTERN.matcher(text);
        if (!m.find(from)) return null;
        return of(m);
    }

    /**
     * The amount said right at {@code from} (after at most {@code slack} characters, 约/超过 and the like count
     * as part of it) within the next 14 characters, or null: the cost after 总投资 or a 项目,. Its offsets are
     * relative to {@code from}.
     */
    public static Amount rightAfter(String text, int from, int slack) {
        Amount a = find(text.substring(from, Math.min(text.length(), from + 14)), 0);
        return a != null && a.start() <= slack ? a : null;
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
        BigDecimal number = Character.isDigit(m.group(2).charAt(0)) ? new BigDecimal(m.group(2).replace(",", ""))
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
        long value = number.multiply(BigDecimal.valueOf(factor)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        String qualifier = null;
        for (String g : new String[]{m.group(1), m.group(3), m.group(5)}) {
            if (g != null && HEDGES.contains(g)) qualifier = g;
        }
        return new Amount(value, CODES.get(m.group(6)), qualifier, m.start(), m.end());
    }
}

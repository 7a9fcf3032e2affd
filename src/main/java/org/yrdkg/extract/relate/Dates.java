package org.yrdkg.extract.relate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as a sentence states them, to ISO: 2023年3月 → 2023-03, 2023年2月18日 → 2023-02-18, 2016年 → 2016. */
public final class Dates {

    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?");

    private Dates() { }

    /** The first date in {@code text}, or null. */
    public static String first(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) return null;
        StringBuilder iso = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) return m.group(1);
            iso.append('-').append(String.format("%02d", month));
            if (m.group(3) != null) {
                int day = Integer.parseInt(m.group(3));
                if (day >= 1 && day <= 31) iso.append('-').append(String.format("%02d", day));
            }
        }
        return iso.toString();
    }
}

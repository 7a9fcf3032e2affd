package org.yrdkg.bench;

/** How figures read in the table. */
final class Format {

    private Format() {
    }

    static String rate(double perSecond, String unit) {
        if (perSecond >= 1e6) {
            return String.format("%.2f M %s/s", perSecond / 1e6, unit);
        }
        if (perSecond >= 1e4) {
            return String.format("%.0f k %s/s", perSecond / 1e3, unit);
        }
        return String.format("%.1f %s/s", perSecond, unit);
    }

    static String mib(long bytes) {
        return String.format("%,d MiB", bytes >> 20);
    }

    static String seconds(double s) {
        return s >= 100 ? String.format("%.0f s", s) : String.format("%.1f s", s);
    }

    static String ms(double ms) {
        return ms >= 100 ? String.format("%.0f ms", ms) : String.format("%.1f ms", ms);
    }

    /** "2.3×": how many times {@code a} is of {@code b}. */
    static String ratio(double a, double b) {
        return b == 0 || Double.isNaN(a) || Double.isNaN(b) ? "" : String.format("%.2f×", a / b);
    }
}

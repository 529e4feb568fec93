package org.targetcast.app.report;

import java.util.Locale;

/** Number formats shared by tables and CSV files. */
public final class Formats {
    private Formats() {
    }

    /** @return a fraction as a percentage with one decimal, e.g. {@code 38.2%}; blank for NaN */
    public static String pct(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** @return a growth rate with sign and one decimal, e.g. {@code +9.3%} */
    public static String growth(double rate) {
        return Double.isNaN(rate) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", 100 * rate);
    }

    /** @return a number of points with sign, e.g. {@code -5.9} */
    public static String points(double pp) {
        return String.format(Locale.ROOT, "%+.1f", pp);
    }

    /**
     * @param a an assumption
     * @param v its value
     * @return a rate as a percentage with one decimal ({@code 9.0%}), anything else with two decimals
     */
    public static String assumption(org.targetcast.model.analysis.Assumption a, double v) {
        return a.isRate() ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** @return a value for CSV: plain, full precision, empty for NaN */
    public static String csv(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /**
     * @param s a text field
     * @return the field quoted for CSV if it contains a comma, quote or line break
     */
    public static String csvText(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * @param s a text
     * @return it as a JSON string literal
     */
    public static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

package org.targetcast.app.report;

import java.util.Locale;

/** Number formats shared by tables and CSV files. */
public final class Formats {
    private Formats() {}

    /** @return a fraction as a percentage with one decimal, e.g. {@code 38.2%}; blank for NaN */
    public static String pct(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /**
     * @param i an estimate with its interval
     * @param percent whether it is a rate (printed in percent) or a score (two decimals)
     * @return e.g. {@code 79.5% [73–93]} or {@code 36.82 [27.16–40.25]}, the range with an en dash as every
     *     range of the outputs; {@code n/a} without an estimate
     */
    public static String interval(org.targetcast.model.calibration.BlockBootstrap.Interval i, boolean percent) {
        if (Double.isNaN(i.estimate())) {
            return "n/a";
        }
        return percent
                ? String.format(Locale.ROOT, "%.1f%% [%.0f–%.0f]", 100 * i.estimate(), 100 * i.lower(), 100 * i.upper())
                : String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", i.estimate(), i.lower(), i.upper());
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

    /** Significant digits of a number in a CSV file: more than any input or result carries, fewer than arithmetic noise. */
    public static final int CSV_DIGITS = 12;

    /**
     * A number for CSV that has no precision of its own (an assumption, a parameter): rounded to {@value #CSV_DIGITS} significant
     * digits, then written in the shortest form that reads back as that rounded value ({@code 0.3038}, not
     * {@code 0.30379999999999996}; {@link Double#toString}, so {@code 1.0E-4} below 0.001); empty for NaN
     * and for an infinity (no CSV holds either).
     *
     * @param v the value
     * @return the field
     */
    public static String csv(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        double rounded = v == 0 ? 0 : Double.parseDouble(String.format(Locale.ROOT, "%." + (CSV_DIGITS - 1) + "e", v));
        return Double.toString(rounded);
    }

    /** Decimals of a probability or a share (a fraction) in CSV: 0.0001 is 0.01 percentage points. */
    public static final int FRACTION_DECIMALS = 4;

    /**
     * A probability, share or growth rate (a fraction) for CSV, to {@value #FRACTION_DECIMALS} decimals: the
     * precision the model supports (the Monte Carlo's standard error is about 0.001, the data's shares carry
     * two decimals of a percent), so that no float noise ({@code 0.389930000005}) reaches a file.
     *
     * @param v the value
     * @return the field; empty for NaN and infinities
     */
    public static String csvFraction(double v) {
        return csvFixed(v, FRACTION_DECIMALS);
    }

    /**
     * @param v a value
     * @param decimals decimals kept (half-even rounding), trailing zeros dropped
     * @return the field in plain notation ({@code 0.0001}, never {@code 1.0E-4}); empty for NaN and infinities
     */
    public static String csvFixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN);
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /**
     * @param v a value
     * @param digits significant digits kept (half-even rounding)
     * @return the field in plain notation; empty for NaN and infinities
     */
    public static String csvSignificant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return "";
        }
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(v)
                .round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /**
     * A text field for CSV, the one rule for every CSV file written: control characters removed (a field
     * stays on its line and nothing reaches a terminal raw), a field starting with {@code =}, {@code +},
     * {@code -} or {@code @} prefixed with an apostrophe (a spreadsheet shows it as text instead of running
     * it as a formula), and the field quoted if it holds a comma, quote or line break.
     *
     * @param s a text field
     * @return the field as written
     */
    public static String csvText(String s) {
        String t = withoutControls(s);
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n")) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /**
     * @param s a text
     * @return it without control characters (C0 other than line feed and tab, DEL, C1) and unpaired surrogates
     */
    public static String withoutControls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                b.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c)
                    && !((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F))) {
                b.append(c);
            }
        }
        return b.toString();
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

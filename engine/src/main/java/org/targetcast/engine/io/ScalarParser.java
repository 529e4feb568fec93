package org.targetcast.engine.io;

import java.util.List;
import java.util.Locale;
import org.targetcast.engine.io.YamlTree.Entry;
import org.targetcast.engine.io.YamlTree.YNode;
import org.targetcast.engine.io.YamlTree.YScalar;

/**
 * Reads scalar values of a scenario: years, year ranges, fractions (a number such as {@code 0.09} or a
 * percentage such as {@code "9%"} or {@code +5 %}), booleans and words. Each failure adds a located problem
 * saying what was expected and what was found, and returns {@code null}.
 */
final class ScalarParser {
    private final List<InputException.Problem> problems;

    ScalarParser(List<InputException.Problem> problems) {
        this.problems = problems;
    }

    String word(YNode node, String key) {
        if (node instanceof YScalar s && s.text() != null && !s.text().isBlank()) {
            return s.text().strip();
        }
        problems.add(node.where().problem(key, "expected a word, found " + node.describe()));
        return null;
    }

    /** The lowest yearly growth rate a scenario may state (a fall of 90 %): a sane range keeps every output finite. */
    static final double MIN_RATE = -0.9;
    /** The highest yearly growth rate a scenario may state (doubling in a year). */
    static final double MAX_RATE = 1.0;

    /** A growth rate or level shock in [{@link #MIN_RATE}, {@link #MAX_RATE}]. */
    Double rate(YNode node, String key) {
        return fraction(node, key, MIN_RATE, MAX_RATE, false);
    }

    Integer year(YNode node, String key, int min, int max) {
        if (node instanceof YScalar s && s.text() != null && s.text().strip().matches("\\d{1,9}")) {
            int y = Integer.parseInt(s.text().strip());
            if (y >= min && y <= max) {
                return y;
            }
            problems.add(node.where().problem(key, "expected a year from " + min + " to " + max + ", found " + y));
            return null;
        }
        problems.add(node.where().problem(key, "expected a year such as 2029, found " + node.describe()));
        return null;
    }

    /** A key that is a year ({@code 2027}) or an inclusive range ({@code 2026-2035}). */
    int[] yearRange(Entry e, String path, int min, int max) {
        String k = e.key().strip();
        String key = path + "." + k;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?")
                .matcher(k);
        if (!m.matches()) {
            problems.add(e.keyWhere()
                    .problem(key, "expected a year (2027) or a range of years (2026-2035), found '" + k + "'"));
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from > to) {
            problems.add(e.keyWhere().problem(key, "years out of order: " + from + " is after " + to));
            return null;
        }
        if (from < min || to > max) {
            problems.add(e.keyWhere()
                    .problem(key, "expected years from " + min + " to the horizon " + max + ", found " + k));
            return null;
        }
        return new int[] {from, to};
    }

    /**
     * @param lo exclusive lower bound
     * @param hi upper bound (exclusive if {@code openTop}, else inclusive)
     */
    Double fraction(YNode node, String key, double lo, double hi, boolean openTop) {
        // openTop: a fraction strictly inside (lo, hi); otherwise a rate in [lo, hi]
        String expected = openTop
                ? "a fraction inside (" + fmt(lo) + ", " + fmt(hi) + ") such as 0.45 or \"45%\""
                : "a rate from " + fmt(lo) + " to " + fmt(hi) + " (" + Math.round(100 * lo) + "% to +"
                        + Math.round(100 * hi) + "% a year) such as 0.09 or \"9%\"";
        if (!(node instanceof YScalar s) || s.text() == null) {
            problems.add(node.where().problem(key, "expected " + expected + ", found " + node.describe()));
            return null;
        }
        String t = s.text().strip().replace(" ", "");
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1);
        }
        double v;
        try {
            if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw new NumberFormatException(t);
            }
            v = Double.parseDouble(t) / (percent ? 100 : 1);
        } catch (NumberFormatException ex) {
            problems.add(node.where().problem(key, "expected " + expected + ", found " + node.describe()));
            return null;
        }
        boolean ok = (openTop ? v > lo && v < hi : v >= lo && v <= hi) && Double.isFinite(v);
        if (!ok) {
            problems.add(node.where()
                    .problem(
                            key,
                            "expected " + expected + ", found "
                                    + node.describe().replace("'", "")
                                    + (v <= -1 ? " (a fall of 100% or more)" : "")));
            return null;
        }
        return v;
    }

    /**
     * An optional plain number in [lo, hi] (no percent sign).
     *
     * @return the number, or null if the entry is absent or wrong (a problem is then added)
     */
    Double number(Entry e, String key, double lo, double hi) {
        if (e == null) {
            return null;
        }
        String expected = "a number from " + fmt(lo) + " to " + fmt(hi);
        if (e.value() instanceof YScalar s
                && s.text() != null
                && s.text().strip().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            double v = Double.parseDouble(s.text().strip());
            if (v >= lo && v <= hi) {
                return v;
            }
        }
        problems.add(e.value()
                .where()
                .problem(key, "expected " + expected + ", found " + e.value().describe()));
        return null;
    }

    /**
     * An optional whole number in [lo, hi].
     *
     * @return the number, or null if the entry is absent or wrong (a problem is then added)
     */
    Long integer(Entry e, String key, long lo, long hi) {
        if (e == null) {
            return null;
        }
        if (e.value() instanceof YScalar s
                && s.text() != null
                && s.text().strip().replace("_", "").matches("[+-]?\\d{1,18}")) {
            long v = Long.parseLong(s.text().strip().replace("_", ""));
            if (v >= lo && v <= hi) {
                return v;
            }
            problems.add(e.value()
                    .where()
                    .problem(key, "expected a whole number from " + lo + " to " + hi + ", found " + v));
            return null;
        }
        problems.add(e.value()
                .where()
                .problem(key, "expected a whole number, found " + e.value().describe()));
        return null;
    }

    Boolean bool(YNode node, String key) {
        if (node instanceof YScalar s && s.text() != null) {
            String t = s.text().strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("yes")) {
                return Boolean.TRUE;
            }
            if (t.equals("false") || t.equals("no")) {
                return Boolean.FALSE;
            }
        }
        problems.add(node.where().problem(key, "expected true or false, found " + node.describe()));
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}

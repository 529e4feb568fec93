package org.targetcast.app.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.targetcast.engine.io.InputException;
import org.targetcast.model.analysis.Assumption;

/**
 * An axis of a sweep as written on the command line: {@code digital_growth=0.02:0.14} (an assumption and an
 * inclusive range; values may be percentages, {@code 2%:14%}).
 *
 * @param assumption the assumption varied
 * @param from first value
 * @param to last value
 */
record AxisSpec(Assumption assumption, double from, double to) {
    private static final Pattern FORM = Pattern.compile("([a-z_]+)=([-+0-9.eE]+%?):([-+0-9.eE]+%?)");

    static AxisSpec parse(String option, String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw InputException.at(
                    option,
                    0,
                    0,
                    "",
                    "expected ASSUMPTION=FROM:TO such as digital_growth=0.02:0.14, found '" + text + "'");
        }
        Assumption a = Assumption.fromKey(m.group(1))
                .orElseThrow(() -> InputException.at(
                        option,
                        0,
                        0,
                        "",
                        "unknown assumption '" + m.group(1) + "'; expected one of "
                                + String.join(", ", Assumption.keys())));
        double from = value(option, m.group(2));
        double to = value(option, m.group(3));
        if (!(to > from)) {
            throw InputException.at(option, 0, 0, "", "expected FROM below TO, found " + m.group(2) + ":" + m.group(3));
        }
        return new AxisSpec(a, from, to);
    }

    private static double value(String option, String s) {
        try {
            double v =
                    s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100 : Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(s);
            }
            return v;
        } catch (NumberFormatException e) {
            throw InputException.at(option, 0, 0, "", "expected a number, found '" + s + "'");
        }
    }
}

package org.targetcast.app.report;

import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.model.simulation.ProbabilityMethod;
import org.targetcast.model.simulation.TargetOutlook;

/**
 * The one precision rule for probabilities that people read: whole percents ({@code 40%}), {@code <1%}
 * and {@code >99%} at the ends, and the range across the credible trend families beside the value when
 * it is wider than the value once rounded ({@code 40% (models 21–44%)}). Modelling choices move these
 * probabilities by many points, so a decimal would claim a precision the answer does not have; full
 * precision, the Monte Carlo check and its standard error stay in {@code summary.csv} and {@code --verbose}.
 */
public final class ProbabilityText {
    private ProbabilityText() {}

    /**
     * @param p a probability
     * @return it as a whole percent, e.g. {@code 40%}, {@code <1%}, {@code >99%}; {@code n/a} for NaN
     */
    public static String percent(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        long whole = Math.round(100 * p);
        if (whole == 0 && p > 0) {
            return "<1%";
        }
        if (whole == 100 && p < 1) {
            return ">99%";
        }
        return whole + "%";
    }

    /**
     * @param o a target's outlook
     * @param lang the language
     * @return its headline probability with the model range when that is wider than the value, e.g.
     *     {@code 40% (models 21–44%)}
     */
    public static String withRange(TargetOutlook o, Lang lang) {
        String value = percent(o.probability());
        if (!hasRange(o)) {
            return value;
        }
        String range = percent(o.lowest()).replace("%", "") + "–" + percent(o.highest());
        return value
                + (lang == Lang.ZH
                        ? "（" + Glossary.term("models", lang, range) + "）"
                        : " (" + Glossary.term("models", lang, range) + ")");
    }

    /**
     * @param o a target's outlook
     * @return the headline probability with the bare model range, for narrow tables: {@code 40% (21–44%)}
     */
    public static String compact(TargetOutlook o) {
        String value = percent(o.probability());
        return hasRange(o)
                ? value + " (" + percent(o.lowest()).replace("%", "") + "–" + percent(o.highest()) + ")"
                : value;
    }

    /**
     * @param o a target's outlook
     * @return whether the range across the trend families is wider than the rounded value
     */
    public static boolean hasRange(TargetOutlook o) {
        String value = percent(o.probability());
        return !(percent(o.lowest()).equals(value) && percent(o.highest()).equals(value));
    }

    /**
     * @param o a target's outlook
     * @param lang the language
     * @return the headline probability for a sentence: {@code about 40% (models 21–44%)}, {@code 约40%}
     */
    public static String about(TargetOutlook o, Lang lang) {
        String s = withRange(o, lang);
        boolean bound = s.startsWith("<") || s.startsWith(">");
        return lang == Lang.ZH ? (bound ? s : "约" + s) : (bound ? "" : "about ") + s;
    }

    /**
     * @param o a target's outlook
     * @return the exact-versus-simulated check, e.g. {@code exact 40.12%, simulated 39.95% ± 0.15},
     *     for {@code --verbose}
     */
    public static String check(TargetOutlook o) {
        if (o.method() == ProbabilityMethod.ANALYTIC && Double.isNaN(o.simulated())) {
            return String.format(java.util.Locale.ROOT, "exact %.2f%% (not simulated)", 100 * o.analytic());
        }
        if (o.method() == ProbabilityMethod.ANALYTIC) {
            return String.format(
                    java.util.Locale.ROOT,
                    "exact %.2f%%, simulated %.2f%% ± %.2f",
                    100 * o.analytic(),
                    100 * o.simulated(),
                    100 * o.simulatedSe());
        }
        return String.format(
                java.util.Locale.ROOT, "simulated %.2f%% ± %.2f", 100 * o.probability(), 100 * o.standardError());
    }
}

package org.targetcast.charts;

import java.util.Objects;

/**
 * A target to mark on a share chart: a share at least {@code share} in {@code year}, optionally with the
 * probability of reaching it. Drawn as a marker at ({@code year}, share) with a dashed guide at the target
 * level.
 *
 * @param year the target year
 * @param share the target share as a fraction in (0, 1), e.g. 0.45
 * @param label the legend entry; empty for the default of the chart's language
 *     ({@code Target 45 % by 2029}, {@code 2029年目标 45%}, or with a probability
 *     {@code Target 45 % by 2029: P = 23 %}, {@code 2029年目标 45%：概率 23%})
 * @param probability the probability of reaching the target, in [0, 1]; {@link Double#NaN} if not known
 */
public record TargetMark(int year, double share, String label, double probability) {
    /**
     * @throws ChartException if the share is not a fraction in (0, 1), the year is not positive, the
     *     probability is neither NaN nor in [0, 1], or the label is null
     */
    public TargetMark {
        if (!(share > 0 && share < 1)) {
            throw ChartException.of(
                    "target share for %d = %s is outside (0, 1); shares are fractions, e.g. 0.45", year, share);
        }
        if (year <= 0) {
            throw ChartException.of("target year = %d is not a calendar year", year);
        }
        if (!Double.isNaN(probability) && !(probability >= 0 && probability <= 1)) {
            throw ChartException.of(
                    "probability of the %d target = %s is outside [0, 1]; probabilities are fractions, e.g. 0.23",
                    year, probability);
        }
        Objects.requireNonNull(label, "label");
    }

    /**
     * A target without a probability.
     *
     * @param year the target year
     * @param share the target share as a fraction in (0, 1)
     * @param label the legend entry; empty for the default of the chart's language
     */
    public TargetMark(int year, double share, String label) {
        this(year, share, label, Double.NaN);
    }

    /**
     * @param year the target year
     * @param share the target share as a fraction, e.g. 0.45
     * @return a target with the default label of the chart's language and no probability
     */
    public static TargetMark of(int year, double share) {
        return new TargetMark(year, share, "");
    }

    /**
     * @param newLabel the legend entry
     * @return a copy with that label
     */
    public TargetMark withLabel(String newLabel) {
        return new TargetMark(year, share, newLabel, probability);
    }

    /**
     * @param p the probability of reaching the target, a fraction in [0, 1], e.g. 0.23
     * @return a copy carrying that probability, shown in the default legend entry
     * @throws ChartException if p is outside [0, 1]
     */
    public TargetMark withProbability(double p) {
        if (Double.isNaN(p)) {
            throw ChartException.of("probability of the %d target is NaN; give a fraction in [0, 1]", year);
        }
        return new TargetMark(year, share, label, p);
    }

    /** @return whether a probability is known */
    public boolean hasProbability() {
        return !Double.isNaN(probability);
    }

    /** @return the target in percent, e.g. 45.0 */
    public double percent() {
        return share * 100;
    }

    /**
     * @param labels labels of the chart's language
     * @return this target's label if it has one; otherwise the default of that language, with the
     *     probability when it is known
     */
    public String labelIn(Labels labels) {
        if (!label.isBlank()) {
            return label;
        }
        return hasProbability() ? labels.target(share, year, probability) : labels.target(share, year);
    }

    /**
     * @param index position of the target in a chart's target list
     * @return the name of that target's marker series in the chart, e.g. {@code target.0}
     */
    public static String series(int index) {
        return "target." + index;
    }

    /**
     * @param index position of the target in a chart's target list
     * @return the name of that target's guide series (not in the legend)
     */
    public static String guideSeries(int index) {
        return "target." + index + ".guide";
    }
}

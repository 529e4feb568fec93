package org.targetcast.charts;

import java.util.Objects;

/**
 * A target to mark on a share chart: a share at least {@code share} in {@code year}. Drawn as a marker at
 * ({@code year}, share) with a dashed guide at the target level.
 *
 * @param year the target year
 * @param share the target share as a fraction in (0, 1), e.g. 0.45
 * @param label the legend entry; empty for the default of the chart's language
 *     ({@code Target 45 % by 2029}, {@code 2029年目标 45%})
 */
public record TargetMark(int year, double share, String label) {
    /**
     * @throws ChartException if the share is not a fraction in (0, 1), the year is not positive or the
     *     label is null
     */
    public TargetMark {
        if (!(share > 0 && share < 1)) {
            throw ChartException.of("target share for %d = %s is outside (0, 1); shares are fractions, e.g. 0.45", year, share);
        }
        if (year <= 0) {
            throw ChartException.of("target year = %d is not a calendar year", year);
        }
        Objects.requireNonNull(label, "label");
    }

    /**
     * @param year the target year
     * @param share the target share as a fraction, e.g. 0.45
     * @return a target with the default label of the chart's language
     */
    public static TargetMark of(int year, double share) {
        return new TargetMark(year, share, "");
    }

    /**
     * @param newLabel the legend entry
     * @return a copy with that label
     */
    public TargetMark withLabel(String newLabel) {
        return new TargetMark(year, share, newLabel);
    }

    /** @return the target in percent, e.g. 45.0 */
    public double percent() {
        return share * 100;
    }

    /**
     * @param labels labels of the chart's language
     * @return this target's label, or the default one of that language if it has none
     */
    public String labelIn(Labels labels) {
        return label.isBlank() ? labels.target(share, year) : label;
    }
}

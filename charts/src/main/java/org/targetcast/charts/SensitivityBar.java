package org.targetcast.charts;

/**
 * One assumption moved on its own, the others held at their base values: the result (a probability or a
 * share, a fraction in [0, 1]) at its low and at its high value. Either may lie on either side of the
 * base result: a faster recovery of travel lowers the share.
 *
 * @param assumption what was moved, in the chart's language, e.g. {@code Digital services growth}
 * @param lowLabel the low value as it should read, e.g. {@code 6 %}; may be empty
 * @param lowValue the result at the low value, a fraction in [0, 1]
 * @param highLabel the high value as it should read, e.g. {@code 10 %}; may be empty
 * @param highValue the result at the high value, a fraction in [0, 1]
 */
public record SensitivityBar(String assumption, String lowLabel, double lowValue, String highLabel, double highValue) {
    /**
     * @throws ChartException if the assumption is blank, a label is null or a value is outside [0, 1],
     *     naming the assumption and the value
     */
    public SensitivityBar {
        if (assumption == null || assumption.isBlank()) {
            throw ChartException.of(
                    "sensitivity bar has a blank assumption; name what was moved, e.g. Digital services growth");
        }
        if (lowLabel == null || highLabel == null) {
            throw ChartException.of(
                    "sensitivity bar '%s' has a null %s label; use an empty one for none",
                    assumption, lowLabel == null ? "low" : "high");
        }
        requireFraction(assumption, "low", lowValue);
        requireFraction(assumption, "high", highValue);
    }

    /** @return {@code |highValue - lowValue|}, the width of the bar */
    public double range() {
        return Math.abs(highValue - lowValue);
    }

    private static void requireFraction(String assumption, String end, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw ChartException.of(
                    "%s value of '%s' = %s is outside [0, 1]; values are fractions, e.g. 0.21", end, assumption, v);
        }
    }
}

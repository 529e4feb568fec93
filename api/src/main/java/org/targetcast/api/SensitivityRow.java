package org.targetcast.api;

import java.util.Objects;

/**
 * One bar of a tornado: an assumption moved low and high, or a choice (trend family, data basis) from
 * the option with the lowest probability to the highest, the others as in the scenario; the row of
 * {@code sensitivity.csv}.
 *
 * <pre>{@code
 * SensitivityRow top = tc.sensitivity(base, 0).rows().get(0);
 * System.out.println(top.description() + " moves P by " + 100 * top.swing() + " points");
 * }</pre>
 *
 * @param assumption the assumption's key
 * @param description the assumption in words
 * @param low its low value
 * @param atLow P(met) at the low value
 * @param high its high value
 * @param atHigh P(met) at the high value
 * @param swing how far the probability moves between the two, as the command line ranks it
 * @param lowOption for a choice ({@code model_choice}, {@code data_basis}), the option at the low end, e.g.
 *     {@code drift}; null for an assumption, whose {@code low} and {@code high} are NaN for a choice
 * @param highOption for a choice, the option at the high end; null for an assumption
 */
public record SensitivityRow(
        String assumption,
        String description,
        double low,
        double atLow,
        double high,
        double atHigh,
        double swing,
        String lowOption,
        String highOption) {
    /** Checks for nulls. */
    public SensitivityRow {
        Objects.requireNonNull(assumption, "assumption");
        Objects.requireNonNull(description, "description");
    }
}

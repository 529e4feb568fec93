package org.targetcast.model.target;

import java.util.Locale;
import org.targetcast.model.ModelException;

/**
 * Digital scale grows by at least {@code atLeast} in every year from {@code from} to {@code to}
 * (the policy's 规模稳中有增, "scale grows steadily", is {@code atLeast = 0}), or, read as an average, by at
 * least {@code atLeast} a year on average over those years (compound growth: {@code D(to) / D(from − 1)} at
 * least {@code (1 + atLeast)^(to − from + 1)}; an average of 0 says the scale ends above where it started).
 * Growth in year t is D(t) / D(t − 1) − 1.
 *
 * @param from first year whose growth counts
 * @param to last year whose growth counts
 * @param atLeast minimum yearly growth (in every year, or on average), above −1
 * @param average whether the condition is on the average growth rather than on every year's
 */
public record GrowthTarget(int from, int to, double atLeast, boolean average) implements Target {
    /** Checks the range and the growth. */
    public GrowthTarget {
        if (from > to) {
            throw ModelException.of("growth target: from = %d is after to = %d", from, to);
        }
        if (!Double.isFinite(atLeast) || atLeast <= -1) {
            throw ModelException.of("growth target: digital_growth_at_least = %s must be above -1", atLeast);
        }
    }

    /**
     * Growth of at least {@code atLeast} in every year.
     *
     * @param from first year whose growth counts
     * @param to last year whose growth counts
     * @param atLeast minimum yearly growth
     */
    public GrowthTarget(int from, int to, double atLeast) {
        this(from, to, atLeast, false);
    }

    /**
     * @param rate the growth
     * @param onAverage whether on average
     * @return the same years read another way
     */
    public GrowthTarget reading(double rate, boolean onAverage) {
        return new GrowthTarget(from, to, rate, onAverage);
    }

    @Override
    public int year() {
        return to;
    }

    @Override
    public String label() {
        return average
                ? String.format(
                        Locale.ROOT,
                        "digital growth >= %s%% a year on average %d-%d",
                        Percent.format(atLeast),
                        from,
                        to)
                : String.format(
                        Locale.ROOT, "digital growth >= %s%% each year %d-%d", Percent.format(atLeast), from, to);
    }
}

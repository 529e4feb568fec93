package org.targetcast.model.target;

import java.util.Locale;
import org.targetcast.model.ModelException;

/**
 * Digital scale grows by at least {@code atLeast} in every year from {@code from} to {@code to}
 * (the policy's 规模稳中有增, "scale grows steadily", is {@code atLeast = 0}). Growth in year t is
 * D(t) / D(t − 1) − 1.
 *
 * @param from first year whose growth counts
 * @param to last year whose growth counts
 * @param atLeast minimum yearly growth, above −1
 */
public record GrowthTarget(int from, int to, double atLeast) implements Target {
    /** Checks the range and the growth. */
    public GrowthTarget {
        if (from > to) {
            throw ModelException.of("growth target: from = %d is after to = %d", from, to);
        }
        if (!Double.isFinite(atLeast) || atLeast <= -1) {
            throw ModelException.of("growth target: digital_growth_at_least = %s must be above -1", atLeast);
        }
    }

    @Override
    public int year() {
        return to;
    }

    @Override
    public String label() {
        return String.format(Locale.ROOT, "digital growth >= %s%% each year %d-%d", Percent.format(atLeast), from, to);
    }
}

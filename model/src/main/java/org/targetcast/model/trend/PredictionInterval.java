package org.targetcast.model.trend;

import org.targetcast.model.ModelException;

/**
 * A forecast interval for the years after a fit's last data year, on the data's own scale.
 *
 * @param level the nominal coverage, a fraction in (0, 1), e.g. {@code 0.8}
 * @param lower the lower bound for {@code lastYear + 1 .. lastYear + steps}
 * @param upper the upper bound, same length, never below {@code lower}
 */
public record PredictionInterval(double level, double[] lower, double[] upper) {
    /** Validates the level and the bounds and copies the arrays. */
    public PredictionInterval {
        requireLevel(level);
        if (lower.length != upper.length) {
            throw ModelException.of("interval: %d lower bounds but %d upper bounds", lower.length, upper.length);
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] <= upper[i])) {
                throw ModelException.of(
                        "interval: at step %d the lower bound %s is not below the upper bound %s",
                        i + 1, lower[i], upper[i]);
            }
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /**
     * @param level a nominal coverage
     * @throws ModelException unless {@code 0 < level < 1}
     */
    public static void requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw ModelException.of(
                    "interval level = %s; a fraction strictly between 0 and 1 is expected, e.g. 0.8", level);
        }
    }

    /** @return the number of years covered */
    public int steps() {
        return lower.length;
    }

    /** @return the lower bounds, a copy */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** @return the upper bounds, a copy */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PredictionInterval p
                && Double.compare(level, p.level) == 0
                && java.util.Arrays.equals(lower, p.lower)
                && java.util.Arrays.equals(upper, p.upper);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(level) + java.util.Arrays.hashCode(lower)) + java.util.Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        return "PredictionInterval[level=" + level + ", lower=" + java.util.Arrays.toString(lower) + ", upper="
                + java.util.Arrays.toString(upper) + "]";
    }
}

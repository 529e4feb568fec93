package org.targetcast.model.simulation;

/** The probability levels at which the share's distribution is reported: 5 %, 10 %, ..., 95 %. */
public final class QuantileLevels {
    /** The step between levels. */
    private static final double STEP = 0.05;

    private static final double[] LEVELS = new double[19];

    /** Where 0.5 stands among the levels: the middle one. */
    private static final int MEDIAN = LEVELS.length / 2;

    static {
        for (int i = 0; i < LEVELS.length; i++) {
            LEVELS[i] = (i + 1) * STEP;
        }
        // (MEDIAN + 1) * STEP is 0.5000000000000001 in floating point: the median level is set exactly
        LEVELS[MEDIAN] = 0.5;
    }

    private QuantileLevels() {}

    /** @return a copy of the levels, increasing, symmetric around 0.5 */
    public static double[] levels() {
        return LEVELS.clone();
    }

    /** @return the number of levels (19) */
    public static int count() {
        return LEVELS.length;
    }

    /** @return the index of the median (0.5) */
    public static int medianIndex() {
        return MEDIAN;
    }

    /**
     * @param level a probability level among {@link #levels()}, e.g. 0.1
     * @return its index
     * @throws IllegalArgumentException if it is not one of the levels
     */
    public static int indexOf(double level) {
        for (int i = 0; i < LEVELS.length; i++) {
            if (Math.abs(LEVELS[i] - level) < 1e-9) {
                return i;
            }
        }
        throw new IllegalArgumentException("no quantile level " + level + "; the levels are 0.05, 0.10, ..., 0.95");
    }
}

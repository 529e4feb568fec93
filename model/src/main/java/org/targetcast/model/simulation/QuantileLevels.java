package org.targetcast.model.simulation;

/** The probability levels at which the share's distribution is reported: 5 %, 10 %, ..., 95 %. */
public final class QuantileLevels {
    private static final double[] LEVELS = new double[19];

    static {
        for (int i = 0; i < LEVELS.length; i++) {
            LEVELS[i] = (i + 1) * 0.05;
        }
        LEVELS[9] = 0.5;
    }

    private QuantileLevels() {
    }

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
        return 9;
    }
}

package org.targetcast.model.simulation;

/**
 * The fixed grid on which the share's distribution in a year is reported: 400 bins of 0.25 percentage
 * points from 0 to 100 %. Fine enough for a histogram at any presentation scale, small enough to keep
 * per year.
 */
public final class ShareGrid {
    /** Number of bins. */
    public static final int BINS = 400;
    /** Width of a bin, as a fraction. */
    public static final double WIDTH = 1.0 / BINS;

    private ShareGrid() {}

    /** @return the bin edges, 0, 0.0025, ..., 1 (BINS + 1 values) */
    public static double[] edges() {
        double[] e = new double[BINS + 1];
        for (int i = 0; i <= BINS; i++) {
            e[i] = i * WIDTH;
        }
        return e;
    }

    /**
     * @param share a share in [0, 1]
     * @return its bin
     */
    static int bin(double share) {
        int b = (int) (share * BINS);
        return b < 0 ? 0 : Math.min(b, BINS - 1);
    }
}

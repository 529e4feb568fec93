package org.targetcast.model.simulation;

import java.util.List;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * Streaming summaries of simulated paths: a histogram of L = ln(D/O) per year (so memory does not grow
 * with the number of paths), and per target the count of paths meeting it and of first years reached.
 * All counts are integers, so combining accumulators in any order gives identical results.
 */
final class PathAccumulator {
    /** Histogram range on the log-ratio scale: shares from 0.0045 % to 99.9955 %. */
    static final double LOW = -10;

    static final double HIGH = 10;
    static final int BINS = 1 << 13;
    static final double WIDTH = (HIGH - LOW) / BINS;
    private static final double INVERSE_WIDTH = BINS / (HIGH - LOW);

    final int years;
    /** Counts per bin; int is enough for up to 2^31 − 1 paths in one accumulator. */
    final int[][] histogram;
    /**
     * Counts per bin of digital's log growth since the latest observed year, on the same bins as L; empty
     * rows when the components are not histogrammed.
     */
    final int[][] digitalHistogram;
    /** Counts per bin of other's log growth since the latest observed year, on the same bins as L. */
    final int[][] otherHistogram;
    /** Paths at or above each share target in its year (single-year targets). */
    final long[] inYear;
    /** Per share target: [0] already at or above in the latest observed year, [1..H] first year, [H+1] never. */
    final long[][] firstYear;
    /** Paths whose digital growth meets each growth target in every year. */
    final long[] growthMet;

    long paths;

    PathAccumulator(int years, List<Target> targets, boolean components) {
        this.years = years;
        this.histogram = new int[years][BINS];
        this.digitalHistogram = new int[years][components ? BINS : 0];
        this.otherHistogram = new int[years][components ? BINS : 0];
        this.inYear = new long[targets.size()];
        this.firstYear = new long[targets.size()][years + 2];
        this.growthMet = new long[targets.size()];
    }

    static int bin(double l) {
        double x = (l - LOW) * INVERSE_WIDTH;
        if (!(x >= 0)) {
            return 0;
        }
        return x >= BINS ? BINS - 1 : (int) x;
    }

    void combine(PathAccumulator other) {
        paths += other.paths;
        add(histogram, other.histogram);
        add(digitalHistogram, other.digitalHistogram);
        add(otherHistogram, other.otherHistogram);
        for (int i = 0; i < inYear.length; i++) {
            inYear[i] += other.inYear[i];
            growthMet[i] += other.growthMet[i];
            for (int k = 0; k < firstYear[i].length; k++) {
                firstYear[i][k] += other.firstYear[i][k];
            }
        }
    }

    /**
     * The q-quantile of L in year index k, by linear interpolation within the bin where the cumulative
     * count reaches q · paths.
     */
    double logRatioQuantile(int k, double q) {
        double target = q * paths;
        long cum = 0;
        int[] h = histogram[k];
        for (int b = 0; b < BINS; b++) {
            if (h[b] > 0 && cum + h[b] >= target) {
                double within = (target - cum) / h[b];
                return LOW + (b + within) * WIDTH;
            }
            cum += h[b];
        }
        return HIGH;
    }

    private void add(int[][] into, int[][] from) {
        for (int k = 0; k < years; k++) {
            int[] h = into[k];
            int[] o = from[k];
            for (int b = 0; b < h.length; b++) {
                h[b] += o[b];
            }
        }
    }

    /**
     * The quantiles of a histogrammed value at increasing levels, in one pass: each as {@link
     * #logRatioQuantile} finds it (linear within the bin where the cumulative count reaches q · paths).
     *
     * @param h counts per bin of one year
     * @param levels increasing levels
     * @return the quantiles, one per level
     */
    double[] quantiles(int[] h, double[] levels) {
        double[] out = new double[levels.length];
        int j = 0;
        long cum = 0;
        for (int b = 0; b < BINS && j < levels.length; b++) {
            while (j < levels.length && h[b] > 0 && cum + h[b] >= levels[j] * paths) {
                out[j] = LOW + (b + (levels[j] * paths - cum) / h[b]) * WIDTH;
                j++;
            }
            cum += h[b];
        }
        for (; j < levels.length; j++) {
            out[j] = HIGH;
        }
        return out;
    }

    /** @return whether this target is one the accumulator counts as a share target */
    static boolean isShare(Target t) {
        return t instanceof ShareTarget;
    }

    /** @return whether this target is a growth target */
    static boolean isGrowth(Target t) {
        return t instanceof GrowthTarget;
    }
}

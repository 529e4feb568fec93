package org.targetcast.model.calibration;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.targetcast.model.ModelException;

/**
 * A moving-block bootstrap over ordered groups (Künsch 1989, "The jackknife and the bootstrap for general
 * stationary observations", Annals of Statistics 17(3), 1217-1241), for statistics that are a ratio of
 * sums over the groups, such as a coverage rate (checks inside over checks) or a mean score (sum of scores
 * over checks). Here a group is one origin year: the checks made from one origin share its data, and
 * checks from neighbouring origins score the same years, so they are resampled together, in blocks of
 * consecutive origins, never check by check.
 *
 * <p>With n groups and block length b, a replicate draws k = ⌈n/b⌉ blocks uniformly among the n − b + 1
 * blocks of b consecutive groups, joins them and keeps the first n groups; the statistic of a replicate is
 * Σ numerator / Σ denominator over its groups (a replicate with no denominator is skipped). The interval is
 * the percentile interval of the replicates. With b = 1 it is the ordinary bootstrap of the groups.
 * Deterministic for a seed.
 *
 * @param replicates the number of bootstrap replicates, at least 100
 * @param blockLength b, at least 1
 * @param seed the seed of the generator
 */
public record BlockBootstrap(int replicates, int blockLength, long seed) {
    /** The default: 2,000 replicates, blocks of 2 origin years. */
    public static final BlockBootstrap DEFAULT = new BlockBootstrap(2000, 2, 20241128L);

    /** Validates the settings. */
    public BlockBootstrap {
        if (replicates < 100) {
            throw ModelException.of("block bootstrap: %d replicates, at least 100 needed", replicates);
        }
        if (blockLength < 1) {
            throw ModelException.of("block bootstrap: block length %d must be at least 1", blockLength);
        }
    }

    /**
     * A statistic with its bootstrap interval.
     *
     * @param estimate the statistic on the groups as they are
     * @param lower the lower end of the percentile interval
     * @param upper the upper end
     * @param level the interval's nominal coverage
     */
    public record Interval(double estimate, double lower, double upper, double level) {}

    /**
     * @param numerators per group in order, the sum of the statistic's numerator (e.g. checks inside)
     * @param denominators per group, the sum of its denominator (e.g. checks), not negative
     * @param level the nominal coverage of the interval, e.g. 0.9
     * @return the ratio of sums and its percentile interval; NaN throughout without any denominator
     */
    public Interval ratio(double[] numerators, double[] denominators, double level) {
        double[] r = replicates(numerators, denominators);
        double estimate = sum(numerators) / sum(denominators);
        if (r.length == 0 || !(sum(denominators) > 0)) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, level);
        }
        Arrays.sort(r);
        return new Interval(estimate, quantile(r, (1 - level) / 2), quantile(r, (1 + level) / 2), level);
    }

    /**
     * @param numerators per group, the numerator's sum
     * @param denominators per group, the denominator's sum
     * @return the statistic of every replicate that has a denominator, in the order drawn
     */
    public double[] replicates(double[] numerators, double[] denominators) {
        int n = numerators.length;
        if (denominators.length != n) {
            throw ModelException.of("block bootstrap: %d numerators but %d denominators", n, denominators.length);
        }
        if (n == 0) {
            return new double[0];
        }
        int b = Math.min(blockLength, n);
        int starts = n - b + 1;
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] out = new double[replicates];
        int kept = 0;
        for (int r = 0; r < replicates; r++) {
            double num = 0;
            double den = 0;
            int taken = 0;
            while (taken < n) {
                int s = rng.nextInt(starts);
                for (int j = 0; j < b && taken < n; j++, taken++) {
                    num += numerators[s + j];
                    den += denominators[s + j];
                }
            }
            if (den > 0) {
                out[kept++] = num / den;
            }
        }
        return Arrays.copyOf(out, kept);
    }

    /** Type 7 quantile (linear interpolation) of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}

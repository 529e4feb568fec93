package org.targetcast.model.calibration;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.targetcast.model.ModelException;

/**
 * How well a set of share bands did, with the uncertainty of that judgement: coverage of the central bands
 * at each level, per horizon and pooled; the two one-sided miss rates (the share below the band, above it);
 * the mean interval score (width plus the penalty for misses, lower is better); the PIT histogram. Every
 * rate and score comes with a {@link BlockBootstrap} interval over origin years, because checks from one
 * origin, and from neighbouring ones, are not independent. Pure and immutable.
 *
 * @param checks the checks, pooled over economies
 * @param bootstrap how the intervals are drawn
 * @param intervalLevel the nominal coverage of every bootstrap interval, e.g. 0.9
 */
public record BandEvidence(List<ScoredCheck> checks, BlockBootstrap bootstrap, double intervalLevel) {
    /** The levels of the central bands judged. */
    public static final double[] LEVELS = {0.50, 0.80, 0.95};
    /** The number of bins of {@link #pitHistogram()}. */
    public static final int PIT_BINS = 10;

    /** Copies the list and validates the level. */
    public BandEvidence {
        checks = List.copyOf(checks);
        if (!(intervalLevel > 0 && intervalLevel < 1)) {
            throw ModelException.of("band evidence: interval level %s must be in (0, 1)", intervalLevel);
        }
    }

    /**
     * @param checks the checks
     * @return the evidence with {@link BlockBootstrap#DEFAULT} and 90 % intervals
     */
    public static BandEvidence of(List<ScoredCheck> checks) {
        return new BandEvidence(checks, BlockBootstrap.DEFAULT, 0.9);
    }

    /** @return the number of checks */
    public int count() {
        return checks.size();
    }

    /**
     * @param horizon a horizon, or 0 for every horizon
     * @return the number of checks at that horizon
     */
    public int count(int horizon) {
        return (int) checks.stream()
                .filter(c -> horizon == 0 || c.horizon() == horizon)
                .count();
    }

    /**
     * @param level the band's level
     * @param horizon a horizon, or 0 for every horizon
     * @return the share of checks inside the band, with its interval
     */
    public BlockBootstrap.Interval coverage(double level, int horizon) {
        return rate(c -> horizon == 0 || c.horizon() == horizon, c -> c.covered(level) ? 1 : 0);
    }

    /**
     * @param level the band's level
     * @return the share of checks below the band (nominal (1 − level)/2), with its interval
     */
    public BlockBootstrap.Interval below(double level) {
        return rate(c -> true, c -> c.below(level) ? 1 : 0);
    }

    /**
     * @param level the band's level
     * @return the share of checks above the band (nominal (1 − level)/2), with its interval
     */
    public BlockBootstrap.Interval above(double level) {
        return rate(c -> true, c -> c.above(level) ? 1 : 0);
    }

    /**
     * @param level the band's level
     * @return the mean interval score of the share band in percentage points, with its interval
     */
    public BlockBootstrap.Interval intervalScore(double level) {
        return rate(c -> true, c -> 100 * c.intervalScore(level));
    }

    /** @return the counts of PIT values in {@value #PIT_BINS} equal bins of (0, 1); flat when calibrated */
    public int[] pitHistogram() {
        int[] bins = new int[PIT_BINS];
        for (ScoredCheck c : checks) {
            bins[Math.min(PIT_BINS - 1, (int) (c.pit() * PIT_BINS))]++;
        }
        return bins;
    }

    /** @return the first and last origin year, or an empty array without checks */
    public int[] origins() {
        if (checks.isEmpty()) {
            return new int[0];
        }
        int lo = checks.stream().mapToInt(ScoredCheck::origin).min().orElseThrow();
        int hi = checks.stream().mapToInt(ScoredCheck::origin).max().orElseThrow();
        return new int[] {lo, hi};
    }

    /**
     * The mean of a value over the checks that pass a filter, with the bootstrap over origin years: the
     * groups are every year from the first origin to the last, an origin without checks an empty group.
     */
    private BlockBootstrap.Interval rate(Predicate<ScoredCheck> keep, ToDoubleFunction<ScoredCheck> value) {
        int[] o = origins();
        if (o.length == 0) {
            return new BlockBootstrap.Interval(Double.NaN, Double.NaN, Double.NaN, intervalLevel);
        }
        double[] num = new double[o[1] - o[0] + 1];
        double[] den = new double[num.length];
        for (ScoredCheck c : checks) {
            if (keep.test(c)) {
                num[c.origin() - o[0]] += value.applyAsDouble(c);
                den[c.origin() - o[0]]++;
            }
        }
        return bootstrap.ratio(num, den, intervalLevel);
    }
}

package org.targetcast.model.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Split-conformal quantiles of out-of-sample forecast errors, per horizon (Vovk, Gammerman and Shafer
 * 2005, <i>Algorithmic Learning in a Random World</i>; Lei et al. 2018, "Distribution-free predictive
 * inference for regression", JASA 113(523), section 2.2, with a normalised score, section 5.2).
 *
 * <p>Each score is a past forecast's absolute error divided by a scale known at its origin (for
 * {@link PooledDriftTrend}: the error of {@code ln y} over the training data's mean absolute change of
 * {@code ln y} and over {@code sqrt(h)}). For {@code n} scores at a horizon, sorted
 * {@code s_(1) <= ... <= s_(n)}, the conformal quantile at level {@code p} is {@code s_(k)} with
 * {@code k = ceil((n + 1) p)}, defined when {@code k <= n}: an interval {@code forecast +- s_(k) scale} then
 * covers a new exchangeable outcome with probability at least {@code p}. Where a horizon has too few
 * scores for that, the scores of every horizon are pooled (the scale divides out the horizon's growth, so
 * they share one); where even those are too few, the quantile is empty. Immutable.
 */
public final class ConformalScores {
    private final double[][] byHorizon;
    private final double[] pooled;

    private ConformalScores(double[][] byHorizon) {
        this.byHorizon = byHorizon;
        this.pooled = Arrays.stream(byHorizon)
                .flatMapToDouble(Arrays::stream)
                .sorted()
                .toArray();
    }

    /**
     * @param scores for each horizon {@code h = 1..}, the list of its scores (index {@code h - 1})
     * @return the sorted scores
     */
    public static ConformalScores of(List<List<Double>> scores) {
        double[][] s = new double[scores.size()][];
        for (int h = 0; h < s.length; h++) {
            s[h] = scores.get(h).stream()
                    .mapToDouble(Double::doubleValue)
                    .filter(Double::isFinite)
                    .sorted()
                    .toArray();
        }
        return new ConformalScores(s);
    }

    /** @return empty lists for horizons 1..{@code maxHorizon}, to be filled and passed to {@link #of} */
    static List<List<Double>> lists(int maxHorizon) {
        List<List<Double>> out = new ArrayList<>();
        for (int h = 0; h < maxHorizon; h++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /**
     * @param horizon years ahead, at least 1
     * @return the number of scores at that horizon
     */
    public int count(int horizon) {
        return horizon <= byHorizon.length ? byHorizon[horizon - 1].length : 0;
    }

    /** @return the number of scores over every horizon */
    public int count() {
        return pooled.length;
    }

    /**
     * @param horizon years ahead, at least 1
     * @param level nominal coverage in (0, 1)
     * @return the conformal quantile of that horizon's scores, else of all scores, else empty
     */
    public OptionalDouble quantile(int horizon, double level) {
        if (horizon >= 1 && horizon <= byHorizon.length) {
            OptionalDouble q = rank(byHorizon[horizon - 1], level);
            if (q.isPresent()) {
                return q;
            }
        }
        return rank(pooled, level);
    }

    /**
     * @param horizon years ahead
     * @param level nominal coverage
     * @return whether {@link #quantile} at that horizon comes from that horizon's own scores
     */
    public boolean ownHorizon(int horizon, double level) {
        return horizon >= 1
                && horizon <= byHorizon.length
                && rank(byHorizon[horizon - 1], level).isPresent();
    }

    private static OptionalDouble rank(double[] sorted, double level) {
        int n = sorted.length;
        int k = (int) Math.ceil((n + 1) * level - 1e-12);
        return n == 0 || k > n ? OptionalDouble.empty() : OptionalDouble.of(sorted[Math.max(k, 1) - 1]);
    }
}

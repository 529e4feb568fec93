package org.targetcast.model.selection;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.targetcast.model.backtest.Forecast;

/**
 * A one-sided Diebold-Mariano test that a challenger forecasts more accurately than a benchmark, on the
 * forecasts both made (Diebold and Mariano 1995, "Comparing predictive accuracy", Journal of Business and
 * Economic Statistics 13(3), 253-263; with Student t critical values as Harvey, Leybourne and Newbold 1997,
 * "Testing the equality of prediction mean squared errors", IJF 13(2), 281-291, recommend for small samples).
 *
 * <p>The loss is the absolute scaled error of MASE, {@code |e| / Q}; the loss difference of one forecast is
 * {@code d = loss(benchmark) - loss(challenger)} (positive where the challenger is better). Forecasts made
 * from one origin share their training data and overlap in the years they forecast, so their differences are
 * correlated: the variance of the mean {@code dbar} is estimated from the origin totals (a cluster-robust
 * variance, one cluster per origin),
 * <pre>
 *   var(dbar) = G / (G - 1) sum_g (sum_{i in g} (d_i - dbar))^2 / n^2,     t = dbar / sqrt(var(dbar))
 * </pre>
 * with {@code G} origins and {@code n} forecasts, and {@code t} is referred to Student t with {@code G - 1}
 * degrees of freedom. Consecutive origins also share most of their data, which this variance ignores; it
 * errs toward finding a difference, so the test is if anything lenient to the challenger. With fewer than two
 * origins, or no variation, there is no evidence: {@code pValue = 1}.
 *
 * @param meanDifference {@code dbar}, the benchmark's mean loss minus the challenger's
 * @param statistic {@code t}, {@code NaN} when not defined
 * @param origins {@code G}
 * @param forecasts {@code n}
 * @param pValue the one-sided p-value of "the challenger is more accurate"
 */
public record DieboldMariano(double meanDifference, double statistic, int origins, int forecasts, double pValue) {
    /**
     * @param benchmark the benchmark's forecasts
     * @param challenger the challenger's forecasts of the same (origin, horizon) pairs, same order
     * @return the test
     */
    static DieboldMariano of(List<Forecast> benchmark, List<Forecast> challenger) {
        int n = benchmark.size();
        if (n != challenger.size()) {
            throw new IllegalArgumentException("Diebold-Mariano: " + n + " benchmark forecasts but " + challenger.size()
                    + " challenger forecasts");
        }
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            Forecast b = benchmark.get(i);
            Forecast c = challenger.get(i);
            d[i] = Math.abs(b.error()) / b.scale() - Math.abs(c.error()) / c.scale();
            mean += d[i] / n;
        }
        Map<Integer, Double> totals = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            totals.merge(benchmark.get(i).origin(), d[i] - mean, Double::sum);
        }
        int g = totals.size();
        double ss = totals.values().stream().mapToDouble(v -> v * v).sum();
        if (g < 2 || !(ss > 0) || !Double.isFinite(mean)) {
            return new DieboldMariano(n == 0 ? Double.NaN : mean, Double.NaN, g, n, 1);
        }
        double variance = (double) g / (g - 1) * ss / ((double) n * n);
        double t = mean / Math.sqrt(variance);
        double p = 1 - new TDistribution(null, g - 1).cumulativeProbability(t);
        return new DieboldMariano(mean, t, g, n, p);
    }

    /**
     * @param significance the test's size, e.g. {@code 0.05}
     * @return whether the challenger is significantly more accurate at that size
     */
    public boolean challengerBetter(double significance) {
        return pValue < significance;
    }
}

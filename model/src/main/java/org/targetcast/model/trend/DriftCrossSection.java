package org.targetcast.model.trend;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * The cross-section of drifts of a panel at one cut year, as a normal random-effects model (empirical
 * Bayes): each series' drift estimate {@code d_j} (the mean log growth, {@link DriftTrend}) with its
 * sampling variance {@code s_j^2 = se(mu_j)^2} is taken as {@code d_j ~ N(mu_j, s_j^2)},
 * {@code mu_j ~ N(m, tau^2)}. Immutable.
 *
 * <p><b>Estimation</b> (method of moments, Morris 1983, "Parametric empirical Bayes inference: theory and
 * applications", JASA 78(381), 47-55, section 3; the moment estimator of the between-series variance is
 * the one of Hedges and Olkin 1985 for meta-analysis): over the {@code k} series with at least
 * {@value DriftTrend#MINIMUM_YEARS} positive values up to the cut year,
 * <pre>
 *   tau^2 = max(0, var(d) - mean(s^2))              (var with divisor k - 1)
 *   m     = sum w_j d_j / sum w_j,  w_j = 1 / (s_j^2 + tau^2)
 *   var(m) = 1 / sum w_j
 * </pre>
 * When every {@code s_j^2 + tau^2} is zero (identical exact drifts) {@code m} is the plain mean and
 * {@code var(m) = 0}. The shrunk drift of a series with estimate {@code d} and sampling variance
 * {@code s^2} is {@link #shrink}: {@code B = s^2 / (s^2 + tau^2)}, {@code d* = d + B (m - d)}, with
 * posterior variance {@code (1 - B) s^2 + B^2 var(m)} (Morris 1983, eq. 3.5); {@code B = 0} when
 * {@code s^2 = tau^2 = 0}.
 *
 * <p>Only data up to the cut year enter: each series is cut before its drift is estimated. Series that
 * cannot be fitted there (too short, non-positive values) are left out and named in {@link #skipped()}.
 *
 * @param cutYear the last year of data used
 * @param drifts the members' drift estimates
 * @param variances their sampling variances, same order
 * @param centre the estimated centre {@code m}
 * @param tau2 the estimated between-series variance {@code tau^2}
 * @param centreVariance {@code var(m)}
 * @param skipped one line per series left out, with the reason
 */
public record DriftCrossSection(
        int cutYear,
        double[] drifts,
        double[] variances,
        double centre,
        double tau2,
        double centreVariance,
        List<String> skipped) {

    /** Copies the arrays and validates the estimates. */
    public DriftCrossSection {
        drifts = drifts.clone();
        variances = variances.clone();
        skipped = List.copyOf(skipped);
        if (drifts.length != variances.length) {
            throw ModelException.of(
                    "cross-section %d: %d drifts but %d variances", cutYear, drifts.length, variances.length);
        }
        if (tau2 < 0 || Double.isNaN(tau2)) {
            throw ModelException.of("cross-section %d: tau^2 = %s must be at least 0", cutYear, tau2);
        }
    }

    /**
     * Estimates the cross-section of a panel at a cut year.
     *
     * @param panel the series, positive levels
     * @param cutYear the last year used from each series
     * @return the estimate; with no usable series, {@code centre} is {@code NaN} and {@link #size()} is 0
     */
    public static DriftCrossSection of(List<AnnualSeries> panel, int cutYear) {
        List<double[]> members = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (AnnualSeries s : panel) {
            AnnualSeries cut = s.isEmpty() ? s : s.window(s.firstYear(), cutYear);
            try {
                Parameter p = DriftTrend.create().fit(cut).parameters().get(0);
                members.add(new double[] {p.estimate(), p.standardError() * p.standardError()});
            } catch (ModelException e) {
                skipped.add(s.name() + ": " + e.getMessage());
            }
        }
        int k = members.size();
        double[] d = members.stream().mapToDouble(x -> x[0]).toArray();
        double[] v = members.stream().mapToDouble(x -> x[1]).toArray();
        if (k == 0) {
            return new DriftCrossSection(cutYear, d, v, Double.NaN, 0, Double.NaN, skipped);
        }
        double mean = 0;
        double meanVariance = 0;
        for (int j = 0; j < k; j++) {
            mean += d[j] / k;
            meanVariance += v[j] / k;
        }
        double spread = 0;
        for (int j = 0; j < k; j++) {
            spread += (d[j] - mean) * (d[j] - mean);
        }
        double tau2 = k < 2 ? 0 : Math.max(0, spread / (k - 1) - meanVariance);
        double sumW = 0;
        double sumWd = 0;
        boolean finite = true;
        for (int j = 0; j < k; j++) {
            double t = v[j] + tau2;
            if (t <= 0) {
                finite = false;
                break;
            }
            sumW += 1 / t;
            sumWd += d[j] / t;
        }
        return finite
                ? new DriftCrossSection(cutYear, d, v, sumWd / sumW, tau2, 1 / sumW, skipped)
                : new DriftCrossSection(cutYear, d, v, mean, tau2, 0, skipped);
    }

    /** @return the number of series in the cross-section */
    public int size() {
        return drifts.length;
    }

    /** @return the drift estimates, a copy */
    @Override
    public double[] drifts() {
        return drifts.clone();
    }

    /** @return the sampling variances, a copy */
    @Override
    public double[] variances() {
        return variances.clone();
    }

    /**
     * @param variance a series' sampling variance {@code s^2}
     * @return its shrinkage weight toward the centre, {@code B = s^2 / (s^2 + tau^2)} in [0, 1]
     */
    public double weight(double variance) {
        double t = variance + tau2;
        return t <= 0 ? 0 : variance / t;
    }

    /**
     * @param drift a series' own drift estimate {@code d}
     * @param variance its sampling variance {@code s^2}
     * @return {@code {d*, posterior variance}}, see the class comment
     */
    public double[] shrink(double drift, double variance) {
        double b = weight(variance);
        double shrunk = drift + b * (centre - drift);
        double posterior = (1 - b) * variance + b * b * centreVariance;
        return new double[] {shrunk, posterior};
    }
}

package org.targetcast.model.trend;

import java.util.Arrays;
import java.util.List;
import org.targetcast.model.series.AnnualSeries;

/**
 * Random walk with drift on the log level: {@code ln y_t = ln y_{t-1} + mu + e_t},
 * {@code e_t ~ N(0, sigma^2)}.
 *
 * <p><b>Estimation.</b> With log values {@code z_1..z_n} in years {@code t_1 < ... < t_n}, the
 * increment over a gap of {@code g_i = t_i - t_{i-1}} years is {@code N(g_i mu, g_i sigma^2)}, and the
 * maximum likelihood (and generalised least squares) estimate is
 * <pre>
 *   mu = (z_n - z_1) / (t_n - t_1)
 *   r_i = (z_i - z_{i-1} - g_i mu) / sqrt(g_i),      i = 2..n   (one-year innovations)
 *   sigma^2 = sum r_i^2 / (m - 1),  m = n - 1;       se(mu) = sigma / sqrt(t_n - t_1)
 * </pre>
 * For consecutive years this is R's {@code forecast::rwf(log(y), drift = TRUE)}: the mean of the log
 * differences, {@code (z_n - z_1)/(n - 1)}, with {@code sigma} and {@code se} of
 * {@code lm(diff(log(y)) ~ 1)}. With excluded years it uses the whole span (a gap's change counts, spread
 * over its years), where {@code rwf} would drop the pairs that straddle the gap.
 *
 * <ul>
 *   <li>Parameter: {@code drift} ({@code mu}, the log growth per year) with {@code se(mu)}.
 *   <li>{@link TrendFit#base()} is the last observation; the forecast is {@code y_n exp(h mu)}: the
 *       median path, with no bias correction.
 *   <li>Fitted values are one-step predictions {@code exp(z_{i-1} + g_i mu)}; the first year, having no
 *       predecessor, is given its own value and has no residual.
 *   <li>{@link TrendFit#aicc()}: the Gaussian AICc of the {@code m} increments with {@code k = 2}
 *       ({@code mu, sigma}), plus {@code sum ln g_i} (zero without gaps); see
 *       {@link InformationCriteria}. It is a likelihood of differences, so it is not comparable with the
 *       AICc of the log-linear or damped fits. {@code +Infinity} for {@code m <= 3}.
 * </ul>
 * Needs at least {@value #MINIMUM_YEARS} positive values. Reference: Hyndman and Athanasopoulos,
 * <i>Forecasting: Principles and Practice</i>, 3rd ed., section 5.2 (drift method).
 */
public final class DriftTrend implements TrendModel {
    /** The least number of years: two increments, so that sigma has one degree of freedom. */
    public static final int MINIMUM_YEARS = 3;

    private static final DriftTrend INSTANCE = new DriftTrend();

    private DriftTrend() {
    }

    /** @return the random walk with drift */
    public static DriftTrend create() {
        return INSTANCE;
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.DRIFT;
    }

    @Override
    public TrendFit fit(AnnualSeries series) {
        Checks.requireLength(series, family(), MINIMUM_YEARS);
        Checks.requirePositive(series, family());
        int n = series.size();
        int[] years = series.years();
        double[] z = Arrays.stream(series.values()).map(Math::log).toArray();
        int span = years[n - 1] - years[0];
        double mu = (z[n - 1] - z[0]) / span;
        int m = n - 1;
        double[] r = new double[m];
        double[] fitted = new double[n];
        fitted[0] = series.value(0);
        double ssr = 0;
        double logGaps = 0;
        for (int i = 1; i < n; i++) {
            int g = years[i] - years[i - 1];
            r[i - 1] = (z[i] - z[i - 1] - g * mu) / Math.sqrt(g);
            ssr += r[i - 1] * r[i - 1];
            logGaps += Math.log(g);
            fitted[i] = Math.exp(z[i - 1] + g * mu);
        }
        double sigma = Math.sqrt(ssr / (m - 1));
        double last = series.lastValue();
        return BasicTrendFit.of(family(), series,
                List.of(new Parameter("drift", mu, sigma / Math.sqrt(span))),
                sigma, InformationCriteria.gaussianAicc(ssr, m, 2) + logGaps,
                AnnualSeries.of(series.name() + ".fitted", years, fitted),
                AnnualSeries.of(series.name() + ".residuals", Arrays.copyOfRange(years, 1, n), r),
                last, h -> last * Math.exp(h * mu), "");
    }
}

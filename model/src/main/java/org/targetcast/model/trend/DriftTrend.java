package org.targetcast.model.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.targetcast.model.ModelException;
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
 * {@code lm(diff(log(y)) ~ 1)}. <b>A gap excludes</b>: a change between two observations more than a year
 * apart (years left out of the fit, or missing) is dropped, as {@code rwf} drops the pairs that straddle a
 * missing value; the drift is the mean of the remaining yearly changes, and {@code m} and {@code se(mu)} count
 * only those. Leaving 2020-2022 out therefore leaves out the 2019-2023 change as well, which a drift over
 * the whole span would have kept (spread over its four years).
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
 * <p><b>Forecast interval</b> (as {@code forecast::rwf}): on the log scale
 * {@code z_n + h mu +- q sqrt(sigma^2 h + h^2 se(mu)^2)}, i.e. {@code sigma sqrt(h (1 + h/m))} without
 * gaps, {@code q} the normal quantile; returned as {@code exp(.)}.
 *
 * <p><b>Interventions</b> ({@link #fit(AnnualSeries, List)}): an additive outlier in year {@code Y} drops
 * the two log changes into and out of {@code Y}; a level shift drops the change into {@code Y}. The
 * drift, sigma and AICc come from the remaining changes ({@code m} then counts only those). Each event's
 * size on the log scale is reported as a parameter: a shift is the dropped change less its expected drift
 * ({@code se = sqrt(sigma^2 g + g^2 se(mu)^2)}); an outlier is half the difference of the excess changes
 * into and out of its year ({@code se ~ sigma / sqrt 2} for consecutive years), or the one excess change
 * at the ends of the data. Effects of events sharing a change are each computed as if alone. An outlier
 * in the last year is taken out of the base: forecasts start from {@code z_n - effect}.
 *
 * <p>Needs at least {@value #MINIMUM_YEARS} positive values (and two changes left after interventions). Reference: Hyndman and Athanasopoulos,
 * <i>Forecasting: Principles and Practice</i>, 3rd ed., section 5.2 (drift method).
 */
public final class DriftTrend implements TrendModel {
    /** The least number of years: two increments, so that sigma has one degree of freedom. */
    public static final int MINIMUM_YEARS = 3;

    private static final DriftTrend INSTANCE = new DriftTrend();

    private DriftTrend() {}

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
        return fit(series, List.of());
    }

    @Override
    public TrendFit fit(AnnualSeries series, List<Intervention> interventions) {
        Checks.requireLength(series, family(), MINIMUM_YEARS);
        Checks.requirePositive(series, family());
        List<Intervention> events = Checks.requireInterventions(series, family(), interventions);
        int n = series.size();
        int[] years = series.years();
        double[] z = Arrays.stream(series.values()).map(Math::log).toArray();
        boolean[] dropped = new boolean[n];
        for (int i = 1; i < n; i++) {
            dropped[i] = years[i] - years[i - 1] > 1;
        }
        for (Intervention v : events) {
            int i = Arrays.binarySearch(years, v.year());
            if (i > 0) {
                dropped[i] = true;
            }
            if (v.kind() == Intervention.Kind.ADDITIVE_OUTLIER && i + 1 < n) {
                dropped[i + 1] = true;
            }
        }
        int span = 0;
        double rise = 0;
        int m = 0;
        for (int i = 1; i < n; i++) {
            if (!dropped[i]) {
                span += years[i] - years[i - 1];
                rise += z[i] - z[i - 1];
                m++;
            }
        }
        if (m < 2) {
            throw ModelException.of(
                    "series %s: the interventions %s and the gaps leave %d yearly log change(s); the drift model"
                            + " needs at least 2",
                    series.name(), events.stream().map(Intervention::label).toList(), m);
        }
        double mu = m == n - 1 ? (z[n - 1] - z[0]) / span : rise / span;
        int[] residualYears = new int[m];
        double[] r = new double[m];
        double[] fitted = new double[n];
        fitted[0] = series.value(0);
        double ssr = 0;
        double logGaps = 0;
        for (int i = 1, k = 0; i < n; i++) {
            int g = years[i] - years[i - 1];
            fitted[i] = Math.exp(z[i - 1] + g * mu);
            if (!dropped[i]) {
                residualYears[k] = years[i];
                r[k] = (z[i] - z[i - 1] - g * mu) / Math.sqrt(g);
                ssr += r[k] * r[k];
                logGaps += Math.log(g);
                k++;
            }
        }
        double sigma = Math.sqrt(ssr / (m - 1));
        double muSe = sigma / Math.sqrt(span);
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(new Parameter("drift", mu, muSe));
        double lastEffect = 0;
        for (Intervention v : events) {
            Parameter effect = effect(v, years, z, mu, sigma, muSe);
            parameters.add(effect);
            if (v.kind() == Intervention.Kind.ADDITIVE_OUTLIER && v.year() == years[n - 1]) {
                lastEffect = effect.estimate();
            }
        }
        double zBase = z[n - 1] - lastEffect;
        double base = series.lastValue() * Math.exp(-lastEffect);
        return BasicTrendFit.of(
                        family(),
                        series,
                        parameters,
                        sigma,
                        InformationCriteria.gaussianAicc(ssr, m, 2) + logGaps,
                        AnnualSeries.of(series.name() + ".fitted", years, fitted),
                        AnnualSeries.of(series.name() + ".residuals", residualYears, r),
                        base,
                        h -> base * Math.exp(h * mu),
                        "")
                .withIntervals((h, level) -> {
                    double se = Math.sqrt(sigma * sigma * h + h * h * muSe * muSe);
                    double q = Quantiles.normal((1 + level) / 2) * se;
                    return new double[] {Math.exp(zBase + h * mu - q), Math.exp(zBase + h * mu + q)};
                });
    }

    /**
     * The size of an event on the log scale, from the dropped changes: for a level shift the change into
     * its year less its expected drift; for an outlier half the difference of the excess changes into and
     * out of its year (one of them at the ends of the data), each with its standard error.
     */
    private static Parameter effect(Intervention v, int[] years, double[] z, double mu, double sigma, double muSe) {
        int i = Arrays.binarySearch(years, v.year());
        int n = years.length;
        boolean into = i > 0;
        boolean outOf = v.kind() == Intervention.Kind.ADDITIVE_OUTLIER && i + 1 < n;
        double gi = into ? years[i] - years[i - 1] : 0;
        double gj = outOf ? years[i + 1] - years[i] : 0;
        double ei = into ? z[i] - z[i - 1] - gi * mu : 0;
        double ej = outOf ? z[i + 1] - z[i] - gj * mu : 0;
        double estimate;
        double variance;
        if (into && outOf) {
            estimate = (ei - ej) / 2;
            variance = sigma * sigma * (gi + gj) / 4 + (gi - gj) * (gi - gj) / 4 * muSe * muSe;
        } else if (into) {
            estimate = ei;
            variance = sigma * sigma * gi + gi * gi * muSe * muSe;
        } else {
            estimate = -ej;
            variance = sigma * sigma * gj + gj * gj * muSe * muSe;
        }
        return new Parameter(v.label(), estimate, Math.sqrt(variance));
    }
}

package org.targetcast.model.trend;

import java.util.List;
import org.targetcast.model.series.AnnualSeries;

/**
 * Constant growth: ordinary least squares of the log level on the year,
 * {@code ln y_t = a + g (t - tbar) + e_t}, {@code e_t ~ N(0, sigma^2)}, with {@code tbar} the mean of the
 * fitted years.
 *
 * <ul>
 *   <li>Parameters: {@code intercept} {@code a} (the log level at the mean year) and {@code slope}
 *       {@code g} (the log growth rate per year), with the usual OLS standard errors.
 *   <li>{@link TrendFit#sigma()}: residual standard error of the log regression, {@code sqrt(SSE/(n-2))}.
 *   <li>Fitted values, {@link TrendFit#base()} and forecasts are {@code exp(a + g (t - tbar))}: the
 *       median of the log-normal level, with no bias correction for the mean
 *       ({@code exp(sigma^2/2)}).
 *   <li>{@link TrendFit#aicc()}: Gaussian AICc of the log regression with {@code k = 3}
 *       ({@code a, g, sigma}); see {@link InformationCriteria}. Equals R's
 *       {@code AIC(lm(log(y) ~ t)) + 2k(k+1)/(n-k-1)}; {@code +Infinity} for {@code n <= 4}.
 * </ul>
 * Years need not be contiguous: excluded years simply do not enter the regression. Needs at least
 * {@value #MINIMUM_YEARS} positive values; a constant series gives growth 0 and sigma 0.
 * Reference: any regression text, e.g. Hyndman and Athanasopoulos, <i>Forecasting: Principles and
 * Practice</i>, 3rd ed., section 7.1.
 */
public final class LogLinearTrend implements TrendModel {
    /** The least number of years: two coefficients and at least one residual degree of freedom. */
    public static final int MINIMUM_YEARS = 3;

    private static final LogLinearTrend INSTANCE = new LogLinearTrend();

    private LogLinearTrend() {}

    /** @return the log-linear model */
    public static LogLinearTrend create() {
        return INSTANCE;
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.LOG_LINEAR;
    }

    @Override
    public TrendFit fit(AnnualSeries series) {
        Checks.requireLength(series, family(), MINIMUM_YEARS);
        Checks.requirePositive(series, family());
        return Regressions.fitLine(family(), series, Math::log, Math::exp);
    }

    /**
     * Fits the line with a dummy regressor per intervention (a pulse for an additive outlier, a step for
     * a level shift), each reported as a parameter named {@code AO <year>} or {@code LS <year>} with its
     * OLS standard error; the AICc counts them. Equals R's {@code lm(z ~ I(t - mean(t)) + dummies)}.
     */
    @Override
    public TrendFit fit(AnnualSeries series, List<Intervention> interventions) {
        if (interventions.isEmpty()) {
            return fit(series);
        }
        Checks.requireLength(series, family(), MINIMUM_YEARS);
        Checks.requirePositive(series, family());
        return DummyRegression.fit(
                family(), series, Math::log, Math::exp, Checks.requireInterventions(series, family(), interventions));
    }
}

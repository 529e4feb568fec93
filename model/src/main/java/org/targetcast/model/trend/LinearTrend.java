package org.targetcast.model.trend;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.targetcast.model.series.AnnualSeries;

/**
 * Constant increment: ordinary least squares of the level on the year,
 * {@code y_t = a + b (t - tbar) + e_t}, {@code e_t ~ N(0, sigma^2)}, with {@code tbar} the mean of the
 * fitted years.
 *
 * <ul>
 *   <li>Parameters: {@code intercept} {@code a} (the level at the mean year) and {@code slope} {@code b}
 *       (the increment per year), with the usual OLS standard errors.
 *   <li>{@link TrendFit#sigma()}: residual standard error {@code sqrt(SSE/(n-2))}, in the data's units.
 *   <li>Fitted values, {@link TrendFit#base()} and forecasts lie on the line. A forecast may turn
 *       negative for a falling series; the model does not stop it.
 *   <li>{@link TrendFit#aicc()}: Gaussian AICc with {@code k = 3} ({@code a, b, sigma}); see
 *       {@link InformationCriteria}. On the level scale, so not comparable with the log families.
 * </ul>
 * Years need not be contiguous. Needs at least {@value #MINIMUM_YEARS} values; any finite values are
 * accepted (no sign restriction). Reference: R's {@code lm}.
 */
public final class LinearTrend implements TrendModel {
    /** The least number of years: two coefficients and at least one residual degree of freedom. */
    public static final int MINIMUM_YEARS = 3;

    private static final LinearTrend INSTANCE = new LinearTrend();

    private LinearTrend() {}

    /** @return the linear model */
    public static LinearTrend create() {
        return INSTANCE;
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.LINEAR;
    }

    @Override
    public TrendFit fit(AnnualSeries series) {
        Checks.requireLength(series, family(), MINIMUM_YEARS);
        return Regressions.fitLine(family(), series, DoubleUnaryOperator.identity(), DoubleUnaryOperator.identity());
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
        return DummyRegression.fit(
                family(),
                series,
                DoubleUnaryOperator.identity(),
                DoubleUnaryOperator.identity(),
                Checks.requireInterventions(series, family(), interventions));
    }
}

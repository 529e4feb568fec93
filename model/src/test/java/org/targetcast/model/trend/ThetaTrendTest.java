package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.targetcast.model.trend.Tolerance.assertRelative;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.targetcast.model.selection.TrendModels;

/**
 * The Theta method against {@code forecast::thetaf(log(y))} (reference.R, section "Theta method"). R's alpha
 * ends at its upper bound 0.9999 on both series, where the SSE is flat in {@code l_0}; forecasts and
 * intervals then depend on {@code l_0} only through {@code (1 - alpha)^n}, so they must agree closely.
 */
class ThetaTrendTest extends TrendModelContract {
    /** Forecasts and bounds: relative agreement with thetaf. */
    private static final double FORECAST_TOLERANCE = 1e-6;
    /** Our SSE may exceed R's by at most this fraction (it should be lower or equal: ours is a closed-form l_0). */
    private static final double SSE_SLACK = 1e-9;

    @Override
    TrendModel model() {
        return TrendModels.of(TrendFamily.THETA);
    }

    @Override
    double truth(int year) {
        return 5000;
    }

    @Override
    int minimumYears() {
        return ThetaTrend.MINIMUM_YEARS;
    }

    @Override
    double outOfDomainValue() {
        return -1.0;
    }

    @Test
    void reproducesThetafOnDigitalTrade() {
        assertMatchesThetaf("china.digital", "data.digital", "theta.digital");
    }

    @Test
    void reproducesThetafOnTotalTrade() {
        assertMatchesThetaf("china.total", "data.total", "theta.total");
    }

    @Test
    void sseAtThetafParametersIsThetafSse() {
        for (String[] c : new String[][] {{"data.digital", "theta.digital"}, {"data.total", "theta.total"}}) {
            double[] z =
                    Arrays.stream(ReferenceValues.array(c[0])).map(Math::log).toArray();
            double alpha = ReferenceValues.value(c[1] + ".alpha");
            double l0 = ReferenceValues.value(c[1] + ".l0");
            double level = l0;
            double sse = 0;
            for (double v : z) {
                sse += (v - level) * (v - level);
                level += alpha * (v - level);
            }
            assertRelative(ReferenceValues.value(c[1] + ".sse"), sse, 1e-9, c[1] + " sse at R's parameters");
            assertTrue(ThetaTrend.sse(z, alpha) <= sse * (1 + SSE_SLACK), c[1] + ": closed-form l0 no worse than R's");
        }
    }

    private void assertMatchesThetaf(String name, String dataKey, String prefix) {
        TrendFit fit = model().fit(ReferenceValues.series(name, dataKey));
        double sse = Arrays.stream(fit.residuals().values()).map(e -> e * e).sum();
        assertTrue(sse <= ReferenceValues.value(prefix + ".sse") * (1 + SSE_SLACK), prefix + " SSE " + sse);
        assertRelative(
                ReferenceValues.value(prefix + ".slope"),
                ReferenceValues.parameter(fit, "slope").estimate(),
                1e-9,
                prefix + " slope");
        assertRelative(
                ReferenceValues.value(prefix + ".alpha"),
                ReferenceValues.parameter(fit, "alpha").estimate(),
                1e-6,
                prefix + " alpha");
        assertRelative(ReferenceValues.value(prefix + ".sigma"), fit.sigma(), 1e-6, prefix + " sigma");
        assertRelative(
                ReferenceValues.array(prefix + ".forecast"), fit.forecast(5), FORECAST_TOLERANCE, prefix + " forecast");
        for (int level : new int[] {80, 95}) {
            PredictionInterval pi = fit.interval(5, level / 100.0);
            assertRelative(
                    ReferenceValues.array(prefix + ".lower" + level),
                    pi.lower(),
                    FORECAST_TOLERANCE,
                    prefix + " lower " + level);
            assertRelative(
                    ReferenceValues.array(prefix + ".upper" + level),
                    pi.upper(),
                    FORECAST_TOLERANCE,
                    prefix + " upper " + level);
        }
    }
}

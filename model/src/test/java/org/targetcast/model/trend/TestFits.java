package org.targetcast.model.trend;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.targetcast.model.series.AnnualSeries;

/**
 * Test doubles' fits: a fit that reproduces its data exactly (zero residuals and sigma) and forecasts by a
 * given rule, through the same {@link BasicTrendFit} every family returns.
 */
public final class TestFits {
    private TestFits() {}

    /**
     * @param family the family the fit reports
     * @param series the data
     * @param parameters what the fit reports as its parameters
     * @param ahead the forecast {@code h} years after the last data year, for {@code h >= 1}
     * @return a fit based on the last observation
     */
    public static TrendFit following(
            TrendFamily family, AnnualSeries series, List<Parameter> parameters, IntToDoubleFunction ahead) {
        return BasicTrendFit.of(
                family,
                series,
                parameters,
                0,
                0,
                series,
                series.map("residuals", v -> 0),
                series.lastValue(),
                ahead,
                "");
    }
}

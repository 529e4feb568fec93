package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;

class LinearTrendTest extends TrendModelContract {
    /** OLS in closed form against R's lm: agreement to rounding. */
    private static final double R_TOLERANCE = 1e-9;

    @Override
    TrendModel model() {
        return TrendModels.of(TrendFamily.LINEAR);
    }

    @Override
    double truth(int year) {
        return 3700 + 380.5 * (year - FIRST);
    }

    @Override
    int minimumYears() {
        return LinearTrend.MINIMUM_YEARS;
    }

    @Override
    double outOfDomainValue() {
        return Double.NaN;
    }

    @Test
    void matchesRLmOnChinaTotalServicesTrade() {
        TrendFit fit = model().fit(ReferenceValues.series("china.total", "data.total"));
        ReferenceValues.assertMatchesLine(fit, "linear.total", R_TOLERANCE);
    }

    @Test
    void matchesRLmOnChinaTotalServicesTradeWithoutShockYears() {
        AnnualSeries data = ReferenceValues.series("china.total", "data.total").without(SHOCKS);
        ReferenceValues.assertMatchesLine(model().fit(data), "linear.total.gap", R_TOLERANCE);
    }

    @Test
    void acceptsNegativeValues() {
        TrendFit fit = model().fit(AnnualSeries.contiguous("balance", 2015, -3, -1, -2, 0.5, 1));
        assertTrue(fit.parameters().get(1).estimate() > 0);
    }
}

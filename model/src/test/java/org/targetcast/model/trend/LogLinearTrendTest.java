package org.targetcast.model.trend;

import org.junit.jupiter.api.Test;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;

class LogLinearTrendTest extends TrendModelContract {
    /** OLS in closed form against R's lm: agreement to rounding. */
    private static final double R_TOLERANCE = 1e-9;

    @Override
    TrendModel model() {
        return TrendModels.of(TrendFamily.LOG_LINEAR);
    }

    @Override
    double truth(int year) {
        return 1200 * Math.exp(0.08 * (year - FIRST));
    }

    @Override
    int minimumYears() {
        return LogLinearTrend.MINIMUM_YEARS;
    }

    @Override
    double outOfDomainValue() {
        return -5.0;
    }

    @Test
    void matchesRLmOnChinaDigitalTrade() {
        TrendFit fit = model().fit(ReferenceValues.series("china.digital", "data.digital"));
        ReferenceValues.assertMatchesLine(fit, "loglinear.digital", R_TOLERANCE);
    }

    @Test
    void matchesRLmOnChinaDigitalTradeWithoutShockYears() {
        AnnualSeries data =
                ReferenceValues.series("china.digital", "data.digital").without(SHOCKS);
        ReferenceValues.assertMatchesLine(model().fit(data), "loglinear.digital.gap", R_TOLERANCE);
    }

    @Test
    void matchesRLmOnChinaTotalServicesTrade() {
        TrendFit fit = model().fit(ReferenceValues.series("china.total", "data.total"));
        ReferenceValues.assertMatchesLine(fit, "loglinear.total", R_TOLERANCE);
    }
}

package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.targetcast.model.trend.Tolerance.assertRelative;

import org.junit.jupiter.api.Test;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;

class DriftTrendTest extends TrendModelContract {
    /** Closed-form estimates against R's rwf and lm: agreement to rounding. */
    private static final double R_TOLERANCE = 1e-9;

    @Override
    TrendModel model() {
        return TrendModels.of(TrendFamily.DRIFT);
    }

    @Override
    double truth(int year) {
        return 3700 * Math.exp(0.07 * (year - FIRST));
    }

    @Override
    int minimumYears() {
        return DriftTrend.MINIMUM_YEARS;
    }

    @Override
    double outOfDomainValue() {
        return 0.0;
    }

    @Override
    int residualCount(int n) {
        return n - 1;
    }

    @Test
    void matchesRwfWithDriftOnChinaDigitalTrade() {
        assertMatchesRwf(model().fit(ReferenceValues.series("china.digital", "data.digital")), "drift.digital");
    }

    @Test
    void matchesRwfWithDriftOnChinaTotalServicesTrade() {
        assertMatchesRwf(model().fit(ReferenceValues.series("china.total", "data.total")), "drift.total");
    }

    @Test
    void driftOverAGapIsTheGrowthOfTheWholeSpan() {
        AnnualSeries data = AnnualSeries.of(
                "gap", new int[] {2017, 2018, 2019, 2023, 2024}, new double[] {100, 110, 118, 160, 170});
        TrendFit fit = model().fit(data);
        assertRelative(Math.log(170.0 / 100) / 7, fit.parameters().get(0).estimate(), 1e-12, "drift");
        assertEquals(4, fit.residuals().size());
        assertRelative(170 * Math.exp(2 * Math.log(1.7) / 7), fit.forecast(2)[1], 1e-12, "forecast");
    }

    private static void assertMatchesRwf(TrendFit fit, String prefix) {
        Parameter drift = ReferenceValues.parameter(fit, "drift");
        assertRelative(ReferenceValues.value(prefix + ".drift"), drift.estimate(), R_TOLERANCE, "drift");
        assertRelative(ReferenceValues.value(prefix + ".drift.se"), drift.standardError(), R_TOLERANCE, "drift se");
        assertRelative(ReferenceValues.value(prefix + ".sigma"), fit.sigma(), R_TOLERANCE, "sigma");
        assertRelative(ReferenceValues.value(prefix + ".aicc"), fit.aicc(), R_TOLERANCE, "aicc");
        assertRelative(ReferenceValues.array(prefix + ".forecast"), fit.forecast(5), R_TOLERANCE, "forecast");
        assertRelative(fit.data().lastValue(), fit.base(), 0, "base is the last observation");
    }
}

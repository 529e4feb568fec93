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
    void aGapExcludesTheChangeAcrossIt() {
        // 2020-2022 left out: the 2019 -> 2023 change (160/118, 35.6 % over four years) is not a yearly change
        // and is dropped, as rwf drops the pairs that straddle a missing value; the drift is the mean of the
        // three yearly changes that remain, and its standard error counts three changes
        AnnualSeries data = AnnualSeries.of(
                "gap", new int[] {2017, 2018, 2019, 2023, 2024}, new double[] {100, 110, 118, 160, 170});
        TrendFit fit = model().fit(data);
        double[] changes = {Math.log(110.0 / 100), Math.log(118.0 / 110), Math.log(170.0 / 160)};
        double mu = (changes[0] + changes[1] + changes[2]) / 3;
        double ss = 0;
        for (double c : changes) {
            ss += (c - mu) * (c - mu);
        }
        double sigma = Math.sqrt(ss / 2);
        assertRelative(mu, fit.parameters().get(0).estimate(), 1e-12, "drift");
        assertRelative(sigma / Math.sqrt(3), fit.parameters().get(0).standardError(), 1e-12, "drift se");
        assertRelative(sigma, fit.sigma(), 1e-12, "sigma");
        assertEquals(3, fit.residuals().size());
        assertRelative(170 * Math.exp(2 * mu), fit.forecast(2)[1], 1e-12, "forecast");
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

package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.targetcast.model.trend.Tolerance.assertRelative;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;

/** Forecast intervals at 80 and 95 % against R (values and script in reference.properties / reference.R). */
class PredictionIntervalReferenceTest {
    /**
     * Closed forms with the same quantiles: agreement to rounding, limited by the t and normal quantiles
     * (commons-math root search to 1e-13; R's qt/qnorm are exact to double precision).
     */
    private static final double R_TOLERANCE = 1e-9;

    private static final int[] LEVELS = {80, 95};

    @Test
    void logLinearMatchesPredictLm() {
        assertMatches(TrendModels.of(TrendFamily.LOG_LINEAR).fit(digital()), "interval.loglinear.digital");
    }

    @Test
    void logLinearWithoutShockYearsMatchesPredictLm() {
        assertMatches(
                TrendModels.of(TrendFamily.LOG_LINEAR).fit(digital().without(Set.of(2020, 2021, 2022))),
                "interval.loglinear.digital.gap");
    }

    @Test
    void linearMatchesPredictLm() {
        assertMatches(TrendModels.of(TrendFamily.LINEAR).fit(total()), "interval.linear.total");
    }

    @Test
    void driftMatchesRwf() {
        assertMatches(TrendModels.of(TrendFamily.DRIFT).fit(digital()), "interval.drift.digital");
        assertMatches(TrendModels.of(TrendFamily.DRIFT).fit(total()), "interval.drift.total");
    }

    @Test
    void dampedAtHoltsParametersMatchesForecastEts() {
        assertMatches(atRParameters(digital(), "damped.digital"), "interval.damped.digital");
        assertMatches(atRParameters(total(), "damped.total"), "interval.damped.total");
    }

    @Test
    void intervalsWidenWithTheHorizonAndContainTheForecast() {
        for (TrendFamily f :
                new TrendFamily[] {TrendFamily.LOG_LINEAR, TrendFamily.LINEAR, TrendFamily.DRIFT, TrendFamily.DAMPED}) {
            TrendFit fit = TrendModels.of(f).fit(digital());
            PredictionInterval pi = fit.interval(6, 0.8);
            double[] point = fit.forecast(6);
            for (int h = 0; h < 6; h++) {
                assertTrue(pi.lower()[h] < point[h] && point[h] < pi.upper()[h], f + " h=" + (h + 1));
                if (h > 0) {
                    assertTrue(pi.upper()[h] - pi.lower()[h] > pi.upper()[h - 1] - pi.lower()[h - 1], f + " widens");
                }
            }
        }
    }

    @Test
    void familyWithoutAnAnalyticIntervalSaysSo() {
        AnnualSeries share = ReferenceValues.series("sg.share", "data.sg.share");
        ModelException e = assertThrows(ModelException.class, () -> TrendModels.of(TrendFamily.LOGISTIC)
                .fit(share.window(2010, 2019))
                .interval(3, 0.8));
        assertTrue(e.getMessage().contains("logistic"), e.getMessage());
    }

    @Test
    void rejectsALevelOutsideTheUnitInterval() {
        TrendFit fit = TrendModels.of(TrendFamily.DRIFT).fit(digital());
        assertThrows(ModelException.class, () -> fit.interval(3, 80));
        assertEquals(0, fit.interval(0, 0.8).steps());
    }

    private static TrendFit atRParameters(AnnualSeries data, String prefix) {
        return DampedTrend.withParameters(
                data,
                ReferenceValues.value(prefix + ".alpha"),
                ReferenceValues.value(prefix + ".beta"),
                ReferenceValues.value(prefix + ".phi"),
                ReferenceValues.value(prefix + ".l0"),
                ReferenceValues.value(prefix + ".b0"));
    }

    static void assertMatches(TrendFit fit, String prefix) {
        for (int level : LEVELS) {
            PredictionInterval pi = fit.interval(5, level / 100.0);
            assertRelative(
                    ReferenceValues.array(prefix + ".lower" + level),
                    pi.lower(),
                    R_TOLERANCE,
                    prefix + " lower" + level);
            assertRelative(
                    ReferenceValues.array(prefix + ".upper" + level),
                    pi.upper(),
                    R_TOLERANCE,
                    prefix + " upper" + level);
        }
    }

    private static AnnualSeries digital() {
        return ReferenceValues.series("china.digital", "data.digital");
    }

    private static AnnualSeries total() {
        return ReferenceValues.series("china.total", "data.total");
    }
}

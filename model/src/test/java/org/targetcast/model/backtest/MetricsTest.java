package org.targetcast.model.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;

class MetricsTest {
    /** Errors 10, -20, 5 on actuals 100, 200, 50, scales 5, 10, 5. */
    private static Metrics three() {
        return Metrics.empty().add(100, 90, 5).add(200, 220, 10).add(50, 45, 5);
    }

    @Test
    void matchesHandComputedValues() {
        Metrics m = three();
        assertEquals(3, m.count());
        assertEquals((10 + 20 + 5) / 3.0, m.mae(), 1e-12);
        assertEquals(Math.sqrt((100 + 400 + 25) / 3.0), m.rmse(), 1e-12);
        assertEquals(100 * (0.1 + 0.1 + 0.1) / 3, m.mape(), 1e-12);
        assertEquals((10 / 5.0 + 20 / 10.0 + 5 / 5.0) / 3, m.mase(), 1e-12);
    }

    @Test
    void maseScalesEachErrorByItsOwnTrainingScale() {
        Metrics small = Metrics.empty().add(10, 9, 0.5);
        Metrics large = Metrics.empty().add(1000, 900, 50);
        assertEquals(2, small.mase(), 1e-12);
        assertEquals(2, large.mase(), 1e-12, "MASE is scale-free");
        assertEquals(2, small.combine(large).mase(), 1e-12);
    }

    @Test
    void naiveScaleIsTheMeanAbsoluteOneStepChange() {
        org.targetcast.model.series.AnnualSeries s =
                org.targetcast.model.series.AnnualSeries.contiguous("s", 2010, 10, 12, 9, 13);
        assertEquals((2 + 3 + 4) / 3.0, RollingOrigin.naiveScale(s), 1e-12);
        assertTrue(Double.isNaN(
                RollingOrigin.naiveScale(org.targetcast.model.series.AnnualSeries.contiguous("one", 2010, 5))));
    }

    @Test
    void combineEqualsAddingEverything() {
        Metrics a = Metrics.empty().add(100, 90, 5);
        Metrics b = Metrics.empty().add(200, 220, 10).add(50, 45, 5);
        Metrics ab = a.combine(b);
        Metrics all = three();
        assertEquals(all.count(), ab.count());
        assertEquals(all.mae(), ab.mae(), 1e-12);
        assertEquals(all.rmse(), ab.rmse(), 1e-12);
        assertEquals(all.mape(), ab.mape(), 1e-12);
        assertEquals(all.mase(), ab.mase(), 1e-12);
        assertEquals(all.mase(), b.combine(a).mase(), 1e-12);
    }

    @Test
    void emptyGivesNaNAndAnUnusableScaleLeavesOnlyMaseOut() {
        assertTrue(Double.isNaN(Metrics.empty().mae()));
        assertTrue(Double.isNaN(Metrics.empty().mase()));
        Metrics m = Metrics.empty().add(10, 8, 0).add(10, 9, 1);
        assertEquals(1.5, m.mae(), 1e-12);
        assertEquals(1, m.mase(), 1e-12);
    }

    @Test
    void isImmutable() {
        Metrics a = Metrics.empty();
        a.add(1, 2, 1);
        assertEquals(0, a.count());
    }

    @Test
    void rejectsANonFiniteForecast() {
        assertThrows(ModelException.class, () -> Metrics.empty().add(1, Double.NaN, 1));
    }

    @Test
    void winklerScoreMatchesHandComputedValues() {
        // 80 %: a = 0.2, penalty 2/a = 10 per unit outside
        assertEquals(4, IntervalScore.winkler(5, 3, 7, 0.8), 1e-12);
        assertEquals(4 + 10 * 1, IntervalScore.winkler(2, 3, 7, 0.8), 1e-12);
        assertEquals(4 + 10 * 3, IntervalScore.winkler(10, 3, 7, 0.8), 1e-12);
        // 95 %: 2/a = 40
        assertEquals(4 + 40 * 0.5, IntervalScore.winkler(7.5, 3, 7, 0.95), 1e-12);
    }

    @Test
    void intervalScoreCountsCoverageAndCombines() {
        IntervalScore a = IntervalScore.empty(0.8).add(5, 3, 7, 2).add(2, 3, 7, 2);
        IntervalScore b = IntervalScore.empty(0.8).add(6, 3, 7, 1);
        IntervalScore ab = a.combine(b);
        assertEquals(3, ab.count());
        assertEquals(2 / 3.0, ab.coverage(), 1e-12);
        assertEquals((4 + 14 + 4) / 3.0, ab.winkler(), 1e-12);
        assertEquals((4 / 2.0 + 14 / 2.0 + 4 / 1.0) / 3, ab.scaledWinkler(), 1e-12);
        assertThrows(ModelException.class, () -> a.combine(IntervalScore.empty(0.95)));
        assertTrue(Double.isNaN(IntervalScore.empty(0.95).coverage()));
    }
}

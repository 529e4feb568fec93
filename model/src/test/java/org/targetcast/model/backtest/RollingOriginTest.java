package org.targetcast.model.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

class RollingOriginTest {
    /** 2010-2023, fourteen points, like the UNCTAD series. */
    static AnnualSeries fourteen() {
        return AnnualSeries.contiguous(
                "x",
                2010,
                IntStream.range(0, 14)
                        .mapToDouble(i -> 100 * Math.exp(0.08 * i + 0.03 * Math.sin(3 * i)))
                        .toArray());
    }

    @Test
    void originsRunFromTheEighthObservationToTheSecondLast() {
        RollingOrigin ro = RollingOrigin.withDefaults();
        assertEquals(List.of(2017, 2018, 2019, 2020, 2021, 2022), ro.origins(fourteen()));
        Evaluation e = ro.evaluate(fourteen(), new NaiveModel());
        assertEquals(6 + 5 + 4 + 3 + 2 + 1, e.forecasts().size(), "horizons up to 6, truncated at the data's end");
        assertEquals(6, e.metrics(1).count());
        assertEquals(1, e.metrics(6).count());
        assertEquals(
                5,
                RollingOrigin.withDefaults()
                        .withMaxHorizon(2)
                        .evaluate(fourteen(), new NaiveModel())
                        .metrics(2)
                        .count(),
                "horizon 2 from origins 2017-2021");
    }

    @Test
    void aForecastFromOriginTUsesOnlyDataUpToT() {
        NaiveModel naive = new NaiveModel();
        AnnualSeries s = fourteen();
        Evaluation e = RollingOrigin.withDefaults().evaluate(s, naive);
        assertEquals(List.of(2017, 2018, 2019, 2020, 2021, 2022), naive.lastYearsSeen);
        for (Forecast f : e.forecasts()) {
            assertEquals(
                    s.valueAt(f.origin()).orElseThrow(), f.forecast(), 0, "naive forecast is the value at the origin");
            assertEquals(s.valueAt(f.year()).orElseThrow(), f.actual(), 0);
            assertEquals(
                    RollingOrigin.naiveScale(s.window(2010, f.origin())), f.scale(), 0, "scale from the training data");
        }
    }

    @Test
    void naiveForecastOneStepAheadHasMaseNearTheRatioOfItsErrorsToTheInSampleOnes() {
        AnnualSeries s = AnnualSeries.contiguous("steps", 2010, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Evaluation e = RollingOrigin.withDefaults().evaluate(s, new NaiveModel());
        assertEquals(1, e.metrics(1).mase(), 1e-12, "one-step naive error equals the in-sample one-step change");
        assertEquals(2, e.metrics(2).mase(), 1e-12);
    }

    @Test
    void intervalsAreScoredWhereTheFamilyHasThem() {
        Evaluation drift = RollingOrigin.withDefaults().evaluate(fourteen(), TrendModels.of(TrendFamily.DRIFT));
        assertTrue(drift.hasIntervals());
        assertEquals(drift.forecasts().size(), drift.interval(0.8).count());
        Evaluation combo = RollingOrigin.withDefaults().evaluate(fourteen(), TrendModels.of(TrendFamily.COMBO));
        assertEquals(0, combo.interval(0.95).count());
        assertThrows(ModelException.class, () -> drift.interval(0.5));
    }

    @Test
    void originsWhereTheModelCannotBeFittedAreFailuresNotErrors() {
        Evaluation damped = RollingOrigin.withDefaults().evaluate(fourteen(), TrendModels.of(TrendFamily.DAMPED));
        assertEquals(2, damped.failures().size(), "2017 and 2018 have 8 and 9 years, damped needs 10");
        assertTrue(
                damped.failures().get(0).startsWith("2017: "), damped.failures().get(0));
        assertEquals(4 + 3 + 2 + 1, damped.forecasts().size());
    }

    @Test
    void shareIsForecastThroughItsComponents() {
        AnnualSeries d = AnnualSeries.contiguous(
                "h.digital",
                2010,
                IntStream.range(0, 12).mapToDouble(i -> 100 * Math.pow(1.10, i)).toArray());
        AnnualSeries o = AnnualSeries.contiguous(
                "h.other",
                2010,
                IntStream.range(0, 12).mapToDouble(i -> 200 * Math.pow(1.02, i)).toArray());
        Evaluation e = RollingOrigin.withDefaults().evaluateShare(d, o, TrendModels.of(TrendFamily.LOG_LINEAR));
        assertEquals("h.share", e.series());
        for (Forecast f : e.forecasts()) {
            assertEquals(f.actual(), f.forecast(), 1e-9, "exact exponential components give the exact share");
        }
        assertEquals(4 + 3 + 2 + 1, e.forecasts().size());
    }

    @Test
    void fromOneOriginForecastsEveryLaterYear() {
        Evaluation e =
                RollingOrigin.withDefaults().fromOrigin(fourteen(), TrendModels.of(TrendFamily.LOG_LINEAR), 2014);
        assertEquals(9, e.forecasts().size(), "2015-2023");
        assertEquals(2023, e.forecasts().get(8).year());
        assertThrows(ModelException.class, () -> RollingOrigin.withDefaults()
                .fromOrigin(fourteen(), new NaiveModel(), 2023));
    }

    @Test
    void settingsAreValidatedAndCopied() {
        RollingOrigin base = RollingOrigin.withDefaults();
        RollingOrigin changed = base.withMinimumTraining(5).withMaxHorizon(3).withLevels(0.9);
        assertEquals(8, base.minimumTraining());
        assertEquals(5, changed.minimumTraining());
        assertEquals(3, changed.maxHorizon());
        assertThrows(ModelException.class, () -> base.withMaxHorizon(0));
        assertThrows(ModelException.class, () -> base.withMinimumTraining(1));
        assertThrows(ModelException.class, () -> base.withLevels(95));
    }
}

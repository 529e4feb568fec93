package org.targetcast.model.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;

class BacktestMemoTest {
    /** A growing series with a damped slowdown and noise, 2005-2023: every candidate ranks, damped included. */
    private static AnnualSeries slowing(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return AnnualSeries.contiguous(
                "slowing" + seed,
                2005,
                IntStream.range(0, 19)
                        .mapToDouble(
                                i -> 100 * Math.exp(0.3 * (1 - Math.pow(0.85, i)) / 0.15 + 0.03 * rng.nextGaussian()))
                        .toArray());
    }

    private static void assertSameForecasts(Evaluation expected, Evaluation actual) {
        assertEquals(expected.family(), actual.family());
        assertEquals(expected.failures(), actual.failures());
        assertEquals(
                expected.forecasts().size(),
                actual.forecasts().size(),
                expected.family().key());
        for (int i = 0; i < expected.forecasts().size(); i++) {
            Forecast e = expected.forecasts().get(i);
            Forecast a = actual.forecasts().get(i);
            assertEquals(e.origin(), a.origin());
            assertEquals(e.horizon(), a.horizon());
            assertEquals(
                    Double.doubleToLongBits(e.forecast()),
                    Double.doubleToLongBits(a.forecast()),
                    expected.family() + " " + e.origin() + "+" + e.horizon());
            assertArrayEquals(e.lower(), a.lower());
            assertArrayEquals(e.upper(), a.upper());
        }
    }

    @Test
    void backtestsThroughTheMemoAreIdenticalToBacktestsWithout() {
        BacktestMemo memo = BacktestMemo.create();
        RollingOrigin backtest = RollingOrigin.withDefaults();
        for (long seed = 1; seed <= 3; seed++) {
            AnnualSeries s = slowing(seed);
            for (TrendFamily f :
                    List.of(TrendFamily.LOG_LINEAR, TrendFamily.DAMPED, TrendFamily.AUTO, TrendFamily.COMBO)) {
                assertSameForecasts(backtest.evaluate(s, TrendModels.of(f)), backtest.evaluate(s, memo.model(f)));
            }
        }
        assertTrue(memo.size() > 0, "the memo holds the fits and rankings");
    }

    @Test
    void autoAndComboThroughTheMemoChooseAndNoteAsWithout() {
        BacktestMemo memo = BacktestMemo.create();
        AnnualSeries s = slowing(7);
        AutoFit plain = AutoModel.create().fit(s);
        AutoFit shared = AutoModel.create().withMemo(memo).fit(s);
        assertEquals(plain.chosenFamily(), shared.chosenFamily());
        assertEquals(plain.note(), shared.note());
        assertArrayEquals(plain.forecast(6), shared.forecast(6));
        ComboFit plainCombo = ComboModel.create().fit(s);
        ComboFit sharedCombo = ComboModel.create().withMemo(memo).fit(s);
        assertEquals(plainCombo.note(), sharedCombo.note());
        assertArrayEquals(plainCombo.forecast(6), sharedCombo.forecast(6));
    }

    @Test
    void aWindowIsFittedOnceAndRankedOnceAcrossAutoAndCombo() {
        BacktestMemo memo = BacktestMemo.create();
        AnnualSeries s = slowing(11);
        TrendModel damped = memo.model(TrendFamily.DAMPED);
        TrendFit first = damped.fit(s.window(2005, 2019));
        assertSame(first, damped.fit(s.window(2005, 2019)), "an equal window is the same key");
        AutoModel.create().withMemo(memo).fit(s);
        int afterAuto = memo.size();
        assertTrue(afterAuto > 20, "auto's ranking fitted every window of every candidate: " + afterAuto);
        AutoModel.create().withMemo(memo).fit(s);
        assertEquals(afterAuto, memo.size(), "a second auto adds nothing");
        ComboModel.create().withMemo(memo).fit(s);
        assertTrue(
                memo.size() - afterAuto <= ComboModel.DEFAULT_MEMBERS - 1,
                "combo takes auto's ranking and adds at most its other members' whole-series fits: "
                        + (memo.size() - afterAuto));
    }

    @Test
    void theMemoThatRemembersNothingStoresNothing() {
        BacktestMemo none = BacktestMemo.none();
        AutoModel.create().withMemo(none).fit(slowing(3));
        assertEquals(0, none.size());
    }

    @Test
    void threadsSharingAMemoGetTheSameResultsAsOne() {
        BacktestMemo memo = BacktestMemo.create();
        List<AnnualSeries> panel =
                IntStream.range(0, 8).mapToObj(i -> slowing(100 + i)).toList();
        RollingOrigin backtest = RollingOrigin.withDefaults();
        List<Evaluation> parallel = panel.parallelStream()
                .map(s -> backtest.evaluate(s, memo.model(TrendFamily.AUTO)))
                .toList();
        for (int i = 0; i < panel.size(); i++) {
            assertSameForecasts(backtest.evaluate(panel.get(i), AutoModel.create()), parallel.get(i));
        }
    }
}

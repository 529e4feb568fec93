package org.targetcast.model.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.selection.AutoFit;
import org.targetcast.model.selection.AutoModel;
import org.targetcast.model.selection.ComboFit;
import org.targetcast.model.selection.ComboModel;
import org.targetcast.model.selection.DieboldMariano;
import org.targetcast.model.selection.ModelRanking;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;

class AutoAndComboTest {
    private static final long SEED = 20260501L;

    /** 100 exp(0.15 t) with 1 % multiplicative noise, 2008-2023. */
    static AnnualSeries exponential() {
        SplittableRandom rng = new SplittableRandom(SEED);
        return AnnualSeries.contiguous(
                "exp",
                2008,
                IntStream.range(0, 16)
                        .mapToDouble(i -> 100 * Math.exp(0.15 * i + 0.01 * rng.nextGaussian()))
                        .toArray());
    }

    /** 1000 + 60 t with noise of sd 5, 2008-2023. */
    static AnnualSeries linear() {
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        return AnnualSeries.contiguous(
                "lin",
                2008,
                IntStream.range(0, 16)
                        .mapToDouble(i -> 1000 + 60 * i + 5 * rng.nextGaussian())
                        .toArray());
    }

    @Test
    void autoKeepsDriftWhenTheBestFamilysEdgeIsNotSignificant() {
        AutoFit fit = AutoModel.create().fit(exponential());
        assertEquals(TrendFamily.LOG_LINEAR, fit.ranking().ranked().get(0).family(), "log-linear ranks first");
        assertEquals(TrendFamily.DRIFT, fit.chosenFamily(), fit.note());
        assertEquals(TrendFamily.AUTO, fit.family());
        assertTrue(fit.note().startsWith("auto chose drift: backtest MASE loglinear "), fit.note());
        assertTrue(fit.note().contains("Diebold-Mariano") && fit.note().contains("not significant"), fit.note());
    }

    @Test
    void autoLeavesDriftWhenTheEvidenceIsStrong() {
        AutoFit fit = AutoModel.create().fit(linear());
        assertEquals(TrendFamily.LINEAR, fit.chosenFamily(), fit.note());
        DieboldMariano dm =
                fit.ranking().test(TrendFamily.DRIFT, TrendFamily.LINEAR).orElseThrow();
        assertTrue(dm.challengerBetter(AutoModel.SIGNIFICANCE) && dm.meanDifference() > 0, dm.toString());
    }

    @Test
    void dieboldMarianoFindsNoEvidenceBetweenAFamilyAndItself() {
        AutoFit fit = AutoModel.create().fit(linear());
        DieboldMariano dm =
                fit.ranking().test(TrendFamily.DRIFT, TrendFamily.DRIFT).orElseThrow();
        assertEquals(1.0, dm.pValue(), 0, dm.toString());
        assertEquals(0.0, dm.meanDifference(), 0, dm.toString());
    }

    @Test
    void autoReportsTheRunnersUpInNoteAndParameters() {
        AutoFit fit = AutoModel.create().fit(exponential());
        for (ModelRanking.Entry e : fit.ranking().ranked()) {
            assertTrue(fit.note().contains(e.family().key() + " "), e.family() + " in " + fit.note());
            assertTrue(fit.parameters().stream()
                    .anyMatch(p -> p.name().equals("MASE " + e.family().key())));
        }
        assertTrue(fit.ranking().ranked().size() >= 3);
        assertEquals(fit.chosen().forecast(4)[3], fit.forecast(4)[3], 0, "forecasts are the chosen fit's");
        assertEquals(fit.chosen().interval(3, 0.8), fit.interval(3, 0.8));
    }

    @Test
    void dampedJoinsOnlyWithEnoughOrigins() {
        ModelRanking longer = ModelRanking.backtest(exponential(), AutoModel.CANDIDATES, RollingOrigin.withDefaults());
        assertTrue(longer.ranked().stream().anyMatch(e -> e.family() == TrendFamily.DAMPED), longer.describe());
        ModelRanking shorter = ModelRanking.backtest(
                exponential().window(2008, 2021), AutoModel.CANDIDATES, RollingOrigin.withDefaults());
        assertTrue(shorter.ranked().stream().noneMatch(e -> e.family() == TrendFamily.DAMPED), shorter.describe());
        assertTrue(
                shorter.excluded().get(0).startsWith("damped (10 of 21 forecasts)"),
                shorter.excluded().toString());
    }

    @Test
    void tooShortForABacktestFallsBackToDriftWithANote() {
        AnnualSeries nine = exponential().window(2008, 2016);
        AutoFit fit = AutoModel.create().fit(nine);
        assertEquals(TrendFamily.DRIFT, fit.chosenFamily());
        assertTrue(fit.note().startsWith("auto fell back to drift: exp is too short for a backtest"), fit.note());
        ComboFit combo = ComboModel.create().fit(nine);
        assertEquals(List.of(TrendFamily.DRIFT), combo.memberFamilies());
    }

    @Test
    void comboAveragesTheBestThreeOnTheLogScale() {
        AnnualSeries s = exponential();
        ComboFit combo = ComboModel.create().fit(s);
        assertEquals(3, combo.members().size());
        ModelRanking ranking = combo.ranking();
        for (int k = 0; k < 3; k++) {
            assertEquals(
                    ranking.ranked().get(k).family(), combo.memberFamilies().get(k));
        }
        double[] expected = new double[5];
        for (TrendFit m : combo.members()) {
            double[] f = TrendModels.of(m.family()).fit(s).forecast(5);
            for (int h = 0; h < 5; h++) {
                expected[h] += Math.log(f[h]) / 3;
            }
        }
        double[] actual = combo.forecast(5);
        for (int h = 0; h < 5; h++) {
            assertEquals(Math.exp(expected[h]), actual[h], 1e-9 * actual[h], "h=" + (h + 1));
        }
        assertEquals(TrendFamily.COMBO, combo.family());
        assertTrue(Double.isNaN(combo.aicc()));
        assertThrows(ModelException.class, () -> combo.interval(3, 0.8));
    }

    @Test
    void inverseMaseWeightsFavourTheBetterModel() {
        ComboFit combo = ComboModel.create()
                .withMembers(2)
                .withWeighting(ComboModel.Weighting.INVERSE_MASE)
                .fit(exponential());
        double[] w = combo.weights();
        List<ModelRanking.Entry> r = combo.ranking().ranked();
        assertEquals(1, w[0] + w[1], 1e-12);
        assertEquals(r.get(1).mase() / (r.get(0).mase() + r.get(1).mase()), w[0], 1e-12);
        assertTrue(w[0] >= w[1]);
    }

    @Test
    void candidatesMustBeLevelFamilies() {
        assertThrows(ModelException.class, () -> AutoModel.create().withCandidates(List.of(TrendFamily.LOGISTIC)));
        assertThrows(ModelException.class, () -> AutoModel.create().withCandidates(List.of(TrendFamily.AUTO)));
        assertThrows(ModelException.class, () -> ComboModel.create().withMembers(1));
    }

    @Test
    void theRegistryReturnsAutoAndCombo() {
        assertEquals(TrendFamily.AUTO, TrendModels.of(TrendFamily.AUTO).family());
        assertEquals(TrendFamily.COMBO, TrendFamily.fromKey("combo").orElseThrow());
        assertTrue(TrendFamily.AUTO.isSelection());
    }
}

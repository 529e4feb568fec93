package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

class FamilyWeightsTest {
    @Test
    void aFamilyBetterOnEveryCheckTakesAllTheWeight() {
        double[][] logP = {{-1, -1, -1, -1, -1, -1}, {-3, -3, -3, -3, -3, -3}};
        double[] w = FamilyWeights.stack(logP, new double[] {0.5, 0.5});
        assertEquals(1, w[0], 1e-6);
        assertEquals(0, w[1], 1e-6);
    }

    @Test
    void familiesBetterOnDifferentChecksShareTheWeightAtTheMixtureOptimum() {
        // densities p1 = (e^0, e^-2) and p2 = (e^-2, e^0) on two checks: by symmetry the optimum is 1/2 each
        double[][] logP = {{0, -2}, {-2, 0}};
        double[] w = FamilyWeights.stack(logP, new double[] {0.9, 0.1});
        assertEquals(0.5, w[0], 1e-6);
        assertEquals(0.5, w[1], 1e-6);
    }

    @Test
    void closeFamiliesKeepBothInTheBootstrapWhereTheMaximumPicksOne() {
        // family 1 scores a little worse than family 0 at four origins of six and a little better at two:
        // at w = (1, 0) the objective's slope toward family 1 is 4(e^-0.05 - 1) + 2(e^0.05 - 1) < 0, so the
        // single maximum puts all the weight on family 0; reweighting the origins by Dirichlet draws
        // sometimes reverses the sign, so the mean weight of family 1 stays above 0 and its interval is wide
        double[][] logP = {{-1.0, -1.0, -1.0, -1.0, -1.0, -1.0}, {-1.05, -1.05, -1.05, -1.05, -0.95, -0.95}};
        int[] origins = {2015, 2016, 2017, 2018, 2019, 2020};
        double[] start = {0.5, 0.5};
        double[] plain = FamilyWeights.stack(logP, start);
        FamilyWeights w = FamilyWeights.bootstrapped(
                List.of(TrendFamily.DRIFT, TrendFamily.LOG_LINEAR),
                logP,
                start,
                origins,
                new double[] {-1.2, -1.2},
                6,
                List.of());
        assertTrue(plain[1] < 0.01, "the maximum puts the weight on family 0: " + plain[1]);
        assertTrue(w.weights()[1] > 0.05, "bootstrap mean " + w.weights()[1] + " vs " + plain[1]);
        assertEquals(1, w.weights()[0] + w.weights()[1], 1e-9);
        assertTrue(w.lower()[1] <= w.weights()[1] && w.weights()[1] < w.upper()[1], "the interval brackets it");
        assertTrue(w.lower()[1] < 0.01 && w.upper()[1] > 0.3, "wide: " + w.lower()[1] + "-" + w.upper()[1]);
    }

    @Test
    void unitCheckWeightsGiveThePlainStacking() {
        double[][] logP = {{-1.0, -1.2, -0.7, -2.0}, {-1.1, -0.9, -1.5, -0.8}};
        double[] a = FamilyWeights.stack(logP, new double[] {0.5, 0.5});
        double[] b = FamilyWeights.stack(logP, new double[] {0.5, 0.5}, new double[] {3, 3, 3, 3}, 2000);
        assertEquals(a[0], b[0], 1e-12);
    }

    @Test
    void weightsOnARealHistorySumToOneAndNameTheirChecks() {
        double[] d = {10, 11, 12.5, 13, 14.8, 15.1, 17, 18.2, 19.9, 21.5, 22.1, 24.6, 25.3, 27.9};
        double[] t = {30, 32, 33, 35, 36, 39, 40, 42.5, 44, 47.1, 48, 50.2, 53.9, 55};
        ComponentHistory h = new ComponentHistory(
                "X",
                "USD",
                AnnualSeries.contiguous("x.digital", 2010, d),
                AnnualSeries.contiguous("x.total", 2010, t),
                Map.of());
        ComponentSpec c = ComponentSpec.of(TrendFamily.DRIFT);
        Scenario s = new Scenario(
                "s",
                "s",
                "",
                "x",
                2030,
                2010,
                c,
                c,
                List.of(),
                UncertaintySpec.defaults().withShocks(UncertaintySpec.ShockSource.HISTORY));
        FamilyWeights w = FamilyWeights.estimate(s, h, List.of(TrendFamily.DRIFT, TrendFamily.LOG_LINEAR));
        assertEquals(1, w.weights()[0] + w.weights()[1], 1e-9);
        assertTrue(w.checks() >= FamilyWeights.MIN_CHECKS, "checks: " + w.checks());
        assertTrue(Double.isFinite(w.meanLogScores()[0]) && Double.isFinite(w.meanLogScores()[1]));
    }

    @Test
    void selectionFamiliesCannotBeAveraged() {
        assertThrows(ModelException.class, () -> UncertaintySpec.defaults().withFamilies(List.of(TrendFamily.AUTO)));
        assertThrows(ModelException.class, () -> UncertaintySpec.defaults()
                .withFamilies(List.of(TrendFamily.DRIFT, TrendFamily.DRIFT)));
    }
}

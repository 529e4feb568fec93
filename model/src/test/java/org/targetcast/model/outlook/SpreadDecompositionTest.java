package org.targetcast.model.outlook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.simulation.ClosedForm;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.SimulationPlan;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.trend.TrendFamily;

class SpreadDecompositionTest {
    private static final ComponentHistory H = new ComponentHistory(
            "X",
            "USD",
            AnnualSeries.contiguous(
                    "x.digital", 2010, 10, 11, 12.5, 13, 14.8, 15.1, 17, 18.2, 19.9, 21.5, 22.1, 24.6, 25.3, 27.9),
            AnnualSeries.contiguous("x.total", 2010, 30, 32, 33, 35, 36, 39, 40, 42.5, 44, 47.1, 48, 50.2, 53.9, 55),
            Map.of());

    private static Projection project(UncertaintySpec u) {
        ComponentSpec c = ComponentSpec.of(TrendFamily.DRIFT);
        Scenario s = new Scenario("s", "s", "", "x", 2030, 2010, c, c, List.of(ShareTarget.in(2030, 0.5)), u);
        return Projector.withDefaults().project(s, H);
    }

    @Test
    void oneModelSplitsItsVarianceIntoShocksAndParametersOnly() {
        Projection p = project(UncertaintySpec.defaults().withShocks(UncertaintySpec.ShockSource.HISTORY));
        SpreadDecomposition d = SpreadDecomposition.of(p).get(0);
        ShockModel m = ShockEstimator.estimate(p).model();
        ClosedForm shocksOnly = ClosedForm.of(SimulationPlan.of(p), m.reduced(true, false));
        assertEquals(Math.pow(shocksOnly.sdLogRatio(2030), 2), d.shocks(), 1e-12);
        double nu = m.volatilityDf();
        double full = Math.pow(ClosedForm.of(SimulationPlan.of(p), m).sdLogRatio(2030), 2);
        assertEquals(full * nu / (nu - 2), d.total(), 1e-12, "total: the Student-t predictive's variance");
        assertEquals(0, d.modelChoice(), 0);
        assertTrue(Double.isNaN(d.dataBasis()));
    }

    @Test
    void averagingFamiliesWithDifferentCentralPathsAddsModelChoice() {
        Projection p = project(UncertaintySpec.defaults()
                .withShocks(UncertaintySpec.ShockSource.HISTORY)
                .withFamilies(List.of(TrendFamily.DRIFT, TrendFamily.LINEAR)));
        SpreadDecomposition d = SpreadDecomposition.of(p).get(0);
        var w = org.targetcast.model.calibration.FamilyWeights.estimate(
                p.scenario(), H, p.scenario().uncertainty().families());
        double[] mean = new double[2];
        for (int i = 0; i < 2; i++) {
            Projection pf = Projector.withDefaults()
                    .project(
                            org.targetcast.model.calibration.FamilyWeights.withFamily(
                                    p.scenario(), w.families().get(i)),
                            H);
            mean[i] = ClosedForm.of(
                            SimulationPlan.of(pf), ShockEstimator.estimate(pf).model())
                    .meanLogRatio(2030);
        }
        double average = w.weights()[0] * mean[0] + w.weights()[1] * mean[1];
        double between =
                w.weights()[0] * Math.pow(mean[0] - average, 2) + w.weights()[1] * Math.pow(mean[1] - average, 2);
        assertTrue(mean[0] != mean[1] && w.weights()[0] > 0 && w.weights()[1] > 0, "two different, weighted means");
        assertEquals(between, d.modelChoice(), 1e-12);
        assertTrue(d.modelChoice() > 0);
        assertEquals(1, d.shareOf(d.shocks()) + d.shareOf(d.parameters()) + d.shareOf(d.modelChoice()), 1e-12);
    }

    @Test
    void twoBasesAddTheSpreadOfTheirMeansAndAverageTheRest() {
        UncertaintySpec u = UncertaintySpec.defaults().withShocks(UncertaintySpec.ShockSource.HISTORY);
        Projection a = project(u);
        ComponentHistory other = new ComponentHistory(
                "X",
                "USD",
                AnnualSeries.contiguous(
                        "y.digital", 2010, 9, 10, 11.5, 12, 13.8, 14.1, 15.6, 16.9, 18.1, 19.8, 20.5, 22.4, 23.0, 25.1),
                H.total(),
                Map.of());
        Projection b = Projector.withDefaults().project(a.scenario(), other);
        SpreadDecomposition da = SpreadDecomposition.of(a).get(0);
        SpreadDecomposition db = SpreadDecomposition.of(b).get(0);
        SpreadDecomposition both =
                SpreadDecomposition.acrossBases(List.of(a, b)).get(0);
        assertEquals((da.shocks() + db.shocks()) / 2, both.shocks(), 1e-12);
        assertEquals((da.parameters() + db.parameters()) / 2, both.parameters(), 1e-12);
        assertEquals(Math.pow(da.meanLogRatio() - db.meanLogRatio(), 2) / 4, both.dataBasis(), 1e-12);
        assertTrue(both.dataBasis() > 0);
        assertTrue(
                Double.isNaN(SpreadDecomposition.acrossBases(List.of(a)).get(0).dataBasis()),
                "one basis: not computed");
    }

    @Test
    void theSimulationLeavesItsStackingWeightsInTheMemoForTheDecomposition() {
        Projection p = project(UncertaintySpec.defaults()
                .withShocks(UncertaintySpec.ShockSource.HISTORY)
                .withFamilies(List.of(TrendFamily.DRIFT, TrendFamily.LINEAR)));
        org.targetcast.model.selection.BacktestMemo memo = org.targetcast.model.selection.BacktestMemo.create();
        Forecaster forecaster = Forecaster.of(org.targetcast.model.projection.Projector.withDefaults(), memo);
        Outlook shared = Simulator.withDefaults()
                .withOverrides(2_000, null, null)
                .withThreads(1)
                .withForecaster(forecaster)
                .run(p);
        assertEquals(1, memo.size(), "one scenario, one set of weights");
        SpreadDecomposition d = SpreadDecomposition.of(forecaster.forecast(p)).get(0);
        assertEquals(1, memo.size(), "the decomposition takes the simulation's weights");
        SpreadDecomposition alone = SpreadDecomposition.of(p).get(0);
        assertEquals(alone.modelChoice(), d.modelChoice(), 0);
        assertEquals(alone.total(), d.total(), 0);
        Outlook own = Simulator.withDefaults()
                .withOverrides(2_000, null, null)
                .withThreads(1)
                .run(p);
        assertEquals(own.targets().get(0).probability(), shared.targets().get(0).probability(), 0);
    }
}

package org.targetcast.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.charts.FanChart;
import org.targetcast.charts.Lang;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.engine.text.ProvenanceText;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.assessment.Provenance;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.simulation.QuantileLevels;

class ExplorerEngineTest {
    private final ExplorerEngine engine = Fixtures.engine();
    private final LoadedScenario baseline = Fixtures.scenario("baseline.yaml");

    /** The baseline without parameter draws: Gaussian and independent across years, so every target is exact. */
    private static LoadedScenario gaussian(Path dir) throws java.io.IOException {
        Files.copy(Fixtures.SCENARIOS.resolve("baseline.yaml"), dir.resolve("baseline.yaml"));
        Path f = dir.resolve("gaussian.yaml");
        Files.writeString(
                f,
                "extends: baseline.yaml\ntitle: Gaussian\nuncertainty: {parameter_uncertainty: false, shocks: fit_window, families: [], calibration: none}\n");
        return ScenarioReader.load(f, "gaussian.yaml");
    }

    @Test
    void gaussianScenarioIsExactAndMatchesTheSimulatorsClosedForm(@TempDir Path dir) throws Exception {
        ExplorerState state = ExplorerState.of(gaussian(dir)).with(Assumption.DIGITAL_GROWTH, 0.08);
        ExplorerResult r = engine.compute(state);
        assertTrue(r.exact());
        double[] exact = Simulator.exactProbabilities(
                Projector.withDefaults().project(state.scenario(r.firstYear()), Fixtures.china()));
        for (int i = 0; i < exact.length; i++) {
            assertEquals(exact[i], r.rows().get(i).probability(), 0, "target " + (i + 1));
            assertTrue(r.rows().get(i).exact());
        }
        assertEquals(QuantileLevels.count(), r.quantiles()[0].length);
        assertEquals(baseline.scenario().horizon() - r.firstYear() + 1, r.quantiles().length);
    }

    @Test
    void theGrowthTargetIsExactToo() {
        // the shipped baseline draws trend growth and a volatility scale per path: its share targets have the closed
        // form, and its growth target the integral over those draws (ClosedForm.growthProbability), as run has them
        ExplorerResult r = engine.compute(ExplorerState.of(baseline).with(Assumption.DIGITAL_GROWTH, 0.08));
        assertTrue(r.rows().get(0).exact() && r.rows().get(1).exact());
        assertTrue(r.rows().get(2).exact());
        double p = r.rows().get(2).probability();
        assertTrue(p > 0 && p < 1, "a growth probability strictly between 0 and 1: " + p);
    }

    @Test
    void fasterDigitalGrowthRaisesTheProbability() {
        ExplorerState s = ExplorerState.of(baseline);
        double slow = engine.compute(s.with(Assumption.DIGITAL_GROWTH, 0.04))
                .rows()
                .get(0)
                .probability();
        double fast = engine.compute(s.with(Assumption.DIGITAL_GROWTH, 0.12))
                .rows()
                .get(0)
                .probability();
        assertTrue(fast > slow + 0.1, slow + " -> " + fast);
    }

    @Test
    void fittedValuesAreTheLoadedScenariosNotTheOverrides() {
        ExplorerResult plain = engine.compute(ExplorerState.of(baseline));
        ExplorerResult moved = engine.compute(
                ExplorerState.of(baseline).with(Assumption.DIGITAL_GROWTH, 0.15).with(Assumption.CORRELATION, -0.5));
        assertEquals(plain.fitted(), moved.fitted());
        var shocks = plain.projection().scenario();
        assertEquals(baseline.scenario(), shocks);
        assertTrue(plain.fitted().digitalGrowth() > 0 && plain.fitted().digitalGrowth() < 0.2);
        assertTrue(plain.fitted().digitalVolatility() > 0);
    }

    @Test
    void fatTailsFallBackToAQuickSimulationWithTheScenariosSeed(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.SCENARIOS.resolve("baseline.yaml"), dir.resolve("baseline.yaml"));
        Path t = dir.resolve("tails.yaml");
        Files.writeString(
                t, "extends: baseline.yaml\ntitle: Tails\nuncertainty: {tail_df: 5, seed: 7, calibration: none}\n");
        ExplorerState loaded = ExplorerState.of(ScenarioReader.load(t, "tails.yaml"));
        // the scenario as loaded is run's answer, with the scenario's own paths; a moved slider is a quick variant
        assertEquals(
                loaded.source().scenario().uncertainty().paths(),
                engine.compute(loaded).paths());
        ExplorerState s = loaded.with(Assumption.DIGITAL_GROWTH, 0.09);
        ExplorerResult r = engine.compute(s);
        assertFalse(r.exact());
        assertEquals(ExplorerEngine.QUICK_PATHS, r.paths());
        assertTrue(r.rows().get(0).standardError() > 0);
        assertEquals(
                r.rows().get(0).probability(),
                engine.compute(s).rows().get(0).probability(),
                0,
                "same seed, same answer");
    }

    @Test
    void chartMarksTheShareTargetsWithTheirProbabilities(@TempDir Path dir) throws Exception {
        ExplorerResult r = engine.compute(ExplorerState.of(gaussian(dir)).with(Assumption.DIGITAL_GROWTH, 0.09));
        FanChart fan = ExplorerCharts.fan(r, Lang.EN);
        assertEquals(2, fan.data().targets().size());
        assertEquals(r.rows().get(0).probability(), fan.data().targets().get(0).probability(), 0);
        assertTrue(fan.subtitle().contains("digital trade growth a year 9.0%"), fan.subtitle());
        assertTrue(fan.footer().contains("closed form"), fan.footer());
    }

    @Test
    void theFanMarksTheHistorysEstimatedYearsAsRunDoes() {
        ExplorerResult r = engine.compute(ExplorerState.of(baseline));
        assertTrue(!r.projection().history().estimatedYears().isEmpty(), "the shipped history has estimated years");
        for (org.targetcast.charts.ChartPreset preset : org.targetcast.charts.ChartPreset.values()) {
            var chart = ExplorerCharts.drawn(r, Lang.EN).apply(preset);
            assertTrue(
                    chart.getSeriesMap().containsKey(org.targetcast.charts.EstimatedYears.SERIES),
                    preset + ": " + chart.getSeriesMap().keySet());
        }
    }

    @Test
    void resultsCarryTheProvenanceTheFooterRenders() {
        ExplorerResult r = Fixtures.engine()
                .withDataFile("data.csv", "ab12")
                .compute(ExplorerState.of(baseline).with(Assumption.DIGITAL_GROWTH, 0.09));
        Provenance p = r.provenance();
        assertEquals("data.csv", p.dataFile());
        assertEquals("ab12", p.dataHash());
        assertEquals(baseline.file(), p.scenarioFile());
        assertEquals(baseline.sha256(), p.scenarioHash());
        assertFalse(r.exact(), "the baseline's parameter draws need the quick simulation");
        assertEquals(ExplorerEngine.QUICK_PATHS, p.paths());
        assertEquals(baseline.scenario().uncertainty().seed(), p.seed());
        assertEquals(
                ProvenanceText.footer(p, Lang.EN),
                ExplorerCharts.fan(r, Lang.EN).footer());
    }
}

package org.targetcast.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.workspace.CalibrationCache;
import org.targetcast.engine.workspace.GrowthReadings;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;

/**
 * The growth condition read four ways comes from the run's own forecast: the stated reading is exactly the
 * run's probability of that target, and the readings keep the order their events impose on every path.
 */
class GrowthReadingsAsRunTest {
    private static final Path DATA = Path.of("..", "scenarios", "data", "observations.csv");

    @Test
    void theStatedReadingIsTheRunsNumberAndWiderReadingsAreNoLessLikely(@TempDir Path tmp) {
        Workspace ws = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        Simulator simulator =
                Simulator.withDefaults().withOverrides(20_000, null, null).withForecaster(ws.forecaster());
        ScenarioResult r = ScenarioResult.runAll(
                        ws,
                        ws.load(List.of(
                                Path.of("..", "scenarios", "baseline.yaml").toString())),
                        simulator)
                .get(0);
        List<GrowthReadings> all = GrowthReadings.of(r, simulator, ws.forecaster());
        assertFalse(all.isEmpty(), "the baseline states a growth condition");
        for (GrowthReadings g : all) {
            TargetOutlook run = r.outlook().targets().stream()
                    .filter(o -> o.target().equals(g.stated()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(g.stated(), g.readings().get(0).target(), "the stated reading first");
            assertEquals(run.probability(), g.readings().get(0).probability(), 0.0, "the run's own number");
            double stated = g.readings().get(0).probability();
            for (TargetOutlook o : g.readings()) {
                GrowthTarget t = (GrowthTarget) o.target();
                assertTrue(o.probability() >= 0 && o.probability() <= 1, t.label());
                // a path whose every year grows at least as stated also has no year below a lower floor, and
                // ends above where it started: those readings hold on more paths
                boolean wider = !t.average() && t.atLeast() <= g.stated().atLeast()
                        || t.average()
                                && t.atLeast() <= 0
                                && !g.stated().average()
                                && g.stated().atLeast() >= 0;
                if (wider) {
                    assertTrue(o.probability() >= stated - 1e-12, t.label() + " " + o.probability() + " < " + stated);
                }
            }
        }
    }
}

package org.targetcast.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.engine.workspace.CalibrationCache;
import org.targetcast.engine.workspace.EvidenceUse;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.calibration.PanelCalibration;
import org.targetcast.model.calibration.ScoredCheck;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;

/**
 * The panel evidence scores the bands a run makes: each history's checks carry exactly the errors the run's
 * forecaster calibrates that history with (its own economy left out), China's among them.
 */
class EvidenceAsRunTest {
    private static final Path DATA = Path.of("..", "scenarios", "data", "observations.csv");

    @Test
    void everyCheckIsScoredWithTheErrorsItsRunWouldUse(@TempDir Path tmp) {
        Scenario s = ScenarioReader.read(Path.of("..", "scenarios", "baseline.yaml"), "baseline.yaml");
        Workspace ws = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        EvidenceUse evidence = ws.panelEvidence("baseline", s);
        List<ComponentHistory> panel = ws.calibrationPanel();
        // China first, then a few others of the panel
        List<ComponentHistory> judged = List.of(ws.history("china"), panel.get(1), panel.get(panel.size() - 1));
        for (ComponentHistory h : judged) {
            ErrorCalibration run = ws.forecaster().calibration(s, h);
            assertTrue(run.byErrors(), h.economy() + ": the run's bands are made from the other economies' errors");
            String economy = PanelCalibration.economy(h.economy());
            List<ScoredCheck> own = evidence.evidence().bands().checks().stream()
                    .filter(c -> c.economy().equals(economy))
                    .toList();
            assertTrue(!own.isEmpty(), economy);
            for (ScoredCheck c : own) {
                assertEquals(run.errors(), c.errors(), economy + " " + c.origin() + "+" + c.horizon());
            }
        }
    }
}

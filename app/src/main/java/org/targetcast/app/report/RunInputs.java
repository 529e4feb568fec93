package org.targetcast.app.report;

import java.util.List;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;

/**
 * What {@code run} computes from its inputs before it writes anything, and {@code validate} computes the
 * same way: every scenario projected and judged on its history ({@link ScenarioResult#runAll}), and the
 * first scenario on both data bases when it stands on the China history ({@link BasisComparison}: the
 * report's comparison, which builds the other basis's history and can find a gap in it). One method for
 * both commands, so that whatever {@code validate} accepts, {@code run} runs.
 */
public final class RunInputs {
    private RunInputs() {}

    /**
     * @param ws the data
     * @param scenarios the scenarios, in order
     * @return one deterministic result per scenario, in order
     * @throws InputException naming the file, line and key of every problem found against the data
     */
    public static List<ScenarioResult> check(Workspace ws, List<LoadedScenario> scenarios) {
        List<ScenarioResult> results = ScenarioResult.runAll(ws, scenarios);
        if (!results.isEmpty()) {
            BasisComparison.of(ws, results.get(0), null);
        }
        return results;
    }
}

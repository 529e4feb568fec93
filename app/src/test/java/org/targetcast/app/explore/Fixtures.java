package org.targetcast.app.explore;

import java.nio.file.Path;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.data.ComponentHistory;

/** The shipped data and scenarios, seen from the module directory (the tests' working directory). */
final class Fixtures {
    static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final Workspace WORKSPACE = Workspace.of("../scenarios/data/observations.csv");

    private Fixtures() {}

    static synchronized ComponentHistory china() {
        return WORKSPACE.history("china", "test");
    }

    /** A shipped scenario as the explore command hands it to the engine. */
    static synchronized LoadedScenario scenario(String name) {
        return ScenarioReader.load(SCENARIOS.resolve(name), "scenarios/" + name);
    }

    /** An engine over the workspace's forecaster, which fits each scenario's panel calibration. */
    static ExplorerEngine engine() {
        return ExplorerEngine.of(key -> china()).withForecaster(WORKSPACE.forecaster());
    }

    static int firstProjectedYear() {
        return china().lastYear() + 1;
    }
}

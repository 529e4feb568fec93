package org.targetcast.app.cli;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.targetcast.app.explore.ExplorerEngine;
import org.targetcast.app.explore.ExplorerWindow;
import org.targetcast.app.explore.LatencyProbe;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetcast explore}: the interactive explorer. */
@Command(
        name = "explore",
        mixinStandardHelpOptions = true,
        header = "Open the interactive explorer (needs a display).",
        description = {
            "Opens the interactive explorer: a slider for each assumption (growth of each component, their "
                    + "volatilities, the correlation of their shocks), the fan chart and the verdicts redrawn as they move, "
                    + "export of the chart, saving the settings as a scenario that extends the one opened, and reloading "
                    + "the scenario when its file changes. Needs a display.",
            "With --measure N it opens no window and prints how long a slider move takes to redraw."
        })
public final class ExploreCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..1",
            paramLabel = "SCENARIO",
            defaultValue = "scenarios/baseline.yaml",
            description = "Scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Mixin
    DataOption data;

    @Mixin
    LangOption language;

    @Option(
            names = "--measure",
            paramLabel = "N",
            description =
                    "Measure N slider moves (state change to result on the event thread, and to the chart painted) and print the latencies.")
    Integer measure;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, InvocationTargetException {
        PrintWriter err = spec.commandLine().getErr();
        if (measure == null && GraphicsEnvironment.isHeadless()) {
            err.println(
                    "targetcast: explore needs a display; none is available (java.awt.headless is set or there is no DISPLAY)."
                            + " Run it on a desktop, or under xvfb-run; './targetcast explore' starts Java without the headless flag.");
            return ExitCodes.BAD_INPUT;
        }
        if (measure != null && (measure < 1 || measure > 100_000)) {
            throw InputException.at("--measure", 0, 0, "", "expected 1 to 100000 runs, found " + measure);
        }
        Workspace ws = data.workspace();
        List<LoadedScenario> all = Workspace.scenarios(List.of(scenario));
        if (all.size() != 1) {
            throw InputException.at(
                    scenario, 0, 0, "", "expected one scenario file, found " + all.size() + " scenarios");
        }
        LoadedScenario loaded = all.get(0);
        ws.history(loaded.scenario().data(), loaded.file());
        ExplorerEngine engine = ExplorerEngine.of(key -> {
                    synchronized (ws) {
                        return ws.history(key, scenario);
                    }
                })
                .withDataFile(ws.dataFile(), ws.dataHash())
                // the workspace's forecaster, run's: the scenario as loaded shows run's probabilities
                // (and its calibrations: a file reloaded after an edit is calibrated like the one first read)
                .withForecaster(forecaster(ws));
        engine.compute(org.targetcast.app.explore.ExplorerState.of(loaded));
        if (measure != null) {
            return printLatency(engine, loaded);
        }
        AtomicReference<ExplorerWindow> window = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> window.set(ExplorerWindow.open(
                engine, loaded, org.targetcast.engine.io.ScenarioSets.byName(scenario), language.lang)));
        window.get().awaitClosed();
        return ExitCodes.OK;
    }

    private static org.targetcast.model.outlook.Forecaster forecaster(Workspace ws) {
        synchronized (ws) {
            return ws.forecaster();
        }
    }

    private int printLatency(ExplorerEngine engine, LoadedScenario loaded) throws InterruptedException {
        LatencyProbe.Figures f = LatencyProbe.measure(engine, loaded, language.lang, measure);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "%s: %d slider moves (digital growth), %s, %d processors%n",
                loaded.file(),
                f.runs(),
                f.exact() ? "closed form" : ExplorerEngine.QUICK_PATHS + " simulated paths",
                Runtime.getRuntime().availableProcessors());
        out.printf(
                Locale.ROOT,
                "state change -> result on the event thread: median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n",
                f.published()[0],
                f.published()[1],
                f.published()[2]);
        out.printf(
                Locale.ROOT,
                "state change -> chart painted (1000 x 600): median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n",
                f.painted()[0],
                f.painted()[1],
                f.painted()[2]);
        return ExitCodes.OK;
    }
}

package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.simulation.ProgressListener;
import picocli.CommandLine.Option;

/** The options of commands that simulate: paths, seed, threads, method, and the progress bar. */
public final class SimulationOptions {
    @Option(
            names = "--paths",
            paramLabel = "N",
            description = "Simulated paths per scenario (default: the scenario's, else 100000).")
    Integer paths;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Seed of the random streams (default: the scenario's, else 20241128).")
    Long seed;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads (default: all processors); results do not depend on it.")
    Integer threads;

    @Option(
            names = "--method",
            paramLabel = "auto|analytic|montecarlo",
            description =
                    "How probabilities are computed (default: the scenario's, else auto: exact where the shocks are Gaussian).")
    String method;

    @Option(names = "--deterministic", description = "Skip the uncertainty: central projections only.")
    boolean deterministic;

    @Option(
            names = "--allow-long",
            description = "Run a simulation estimated above 1e9 path-years (a minute or more), refused otherwise.")
    boolean allowLong;

    /**
     * @param err where a progress bar is drawn when it is a terminal
     * @return the simulator these options describe, or null with {@code --deterministic}
     * @throws InputException for out-of-range values
     */
    public Simulator simulator(PrintWriter err) {
        if (deterministic) {
            return null;
        }
        if (paths != null && (paths < 1_000 || paths > 100_000_000)) {
            throw InputException.at("--paths", 0, 0, "", "expected 1000 to 100000000 paths, found " + paths);
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw InputException.at("--threads", 0, 0, "", "expected 1 to 1024 threads, found " + threads);
        }
        UncertaintySpec.Method m = null;
        if (method != null) {
            try {
                m = UncertaintySpec.Method.valueOf(method.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InputException.at(
                        "--method", 0, 0, "", "expected auto, analytic or montecarlo, found '" + method + "'");
            }
        }
        Simulator s = Simulator.withDefaults().withOverrides(paths, seed, m);
        if (threads != null) {
            s = s.withThreads(threads);
        }
        if (System.console() != null) {
            bar = new ProgressBar(err, false);
            s = s.withProgress(bar);
        }
        return s;
    }

    private ProgressBar bar;

    /**
     * Simulates projected scenarios after weighing the work ({@link WorkEstimate}): refused above the limit
     * without {@code --allow-long} (at the scenario's {@code uncertainty.paths}, or at {@code --paths} when
     * given), announced above the notice with progress shown, then simulated one after another.
     *
     * @param command the command, for messages
     * @param ws the workspace whose forecaster forecasts
     * @param projected deterministic results ({@link ScenarioResult#runAll})
     * @param err where the notice and the progress go
     * @param simulated given each result once simulated (to draw its charts), in order
     * @return the results with their outlooks, or {@code projected} itself with {@code --deterministic}
     * @throws InputException for out-of-range values or work refused
     */
    public List<ScenarioResult> simulate(
            String command,
            Workspace ws,
            List<ScenarioResult> projected,
            PrintWriter err,
            java.util.function.Consumer<ScenarioResult> simulated) {
        Simulator simulator = simulator(err);
        if (simulator == null) {
            projected.forEach(simulated);
            return projected;
        }
        simulator = check(command, projected, simulator.withForecaster(ws.forecaster()), err);
        List<ScenarioResult> results = ScenarioResult.simulate(projected, simulator, this::starting, simulated);
        finished();
        return results;
    }

    /**
     * Weighs the simulation of projected scenarios ({@link WorkEstimate#check}); shows progress when it is long,
     * as lines when standard error is not a terminal.
     *
     * @param command the command
     * @param projected the projected scenarios
     * @param simulator the simulator that will run them
     * @param err where the notice and the progress go
     * @return the simulator to run them with: {@code simulator}, reporting progress when the work is long
     * @throws InputException for work above the limit without {@code --allow-long}
     */
    Simulator check(String command, List<ScenarioResult> projected, Simulator simulator, PrintWriter err) {
        double total = 0;
        double most = -1;
        LoadedScenario largest = null;
        for (ScenarioResult r : projected) {
            double w = simulator.pathYears(r.projection());
            total += w;
            if (w > most) {
                most = w;
                largest = r.loaded();
            }
        }
        if (largest == null) {
            return simulator;
        }
        LoadedScenario at = largest;
        boolean progress = WorkEstimate.check(
                command,
                projected.size() == 1 ? "1 scenario" : projected.size() + " scenarios",
                total,
                allowLong,
                m -> paths != null
                        ? new InputException.Problem("--paths", 0, 0, "", m)
                        : at.locations().problem("uncertainty.paths", m),
                err);
        if (progress && bar == null) {
            bar = new ProgressBar(err, true);
            return simulator.withProgress(bar);
        }
        return simulator;
    }

    /**
     * Names the scenario the progress bar shows next, and starts its bar at 0.
     *
     * @param scenario the scenario about to be simulated
     */
    public void starting(String scenario) {
        if (bar != null) {
            bar.starting(scenario);
        }
    }

    /** Clears the progress bar's line once every scenario is simulated. */
    public void finished() {
        if (bar != null) {
            bar.finished();
        }
    }

    /**
     * A one-line progress bar redrawn in place, naming the scenario; thread-safe. Workers report finished
     * blocks out of order, so the bar shows the highest count seen and never moves back.
     */
    static final class ProgressBar implements ProgressListener {
        private final PrintWriter err;
        private final boolean lines;
        private String scenario = "";
        private int shown = -1;
        private int width;

        /**
         * @param err where it is drawn
         * @param lines whether to print a line at every tenth instead of redrawing one line (standard error is
         *     not a terminal)
         */
        ProgressBar(PrintWriter err, boolean lines) {
            this.err = err;
            this.lines = lines;
        }

        synchronized void starting(String name) {
            scenario = name;
            shown = -1;
            draw(0);
        }

        synchronized void finished() {
            if (!lines) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
            }
        }

        @Override
        public synchronized void progress(int done, int total) {
            int percent = (int) (100L * done / total);
            if (percent <= shown || lines && percent / 10 <= shown / 10) {
                return;
            }
            draw(percent);
        }

        private void draw(int percent) {
            shown = percent;
            if (lines) {
                err.printf(Locale.ROOT, "simulating %s: %d%%%n", scenario, percent);
                err.flush();
                return;
            }
            int filled = percent * 30 / 100;
            String line = "simulating " + scenario + " [" + "#".repeat(filled) + " ".repeat(30 - filled) + "] "
                    + percent + "%";
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = Math.max(width, line.length());
            err.flush();
        }
    }
}

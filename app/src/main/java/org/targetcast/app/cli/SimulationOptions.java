package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.targetcast.engine.io.InputException;
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
            bar = new ProgressBar(err);
            s = s.withProgress(bar);
        }
        return s;
    }

    private ProgressBar bar;

    /**
     * Says on standard error how much simulation a run is about to do when it is much ({@link WorkEstimate});
     * counted as simulated: every scenario whose method (or {@code --method}) is {@code montecarlo}.
     *
     * @param command the command
     * @param results the projected scenarios
     * @param err where the notice goes
     */
    void announce(
            String command, java.util.List<org.targetcast.engine.workspace.ScenarioResult> results, PrintWriter err) {
        if (deterministic) {
            return;
        }
        long most = 0;
        int simulatedScenarios = 0;
        int years = 1;
        for (var r : results) {
            UncertaintySpec u = r.loaded().scenario().uncertainty();
            boolean simulated = method != null
                    ? method.equalsIgnoreCase("montecarlo")
                    : u.method() == UncertaintySpec.Method.MONTECARLO;
            if (simulated) {
                years = Math.max(
                        years, r.loaded().scenario().horizon() - r.history().lastYear());
                most = Math.max(most, paths != null ? paths : u.paths());
                simulatedScenarios++;
            }
        }
        if (simulatedScenarios > 0) {
            WorkEstimate.announce(command, simulatedScenarios, most, years, err);
        }
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
        private String scenario = "";
        private int shown = -1;
        private int width;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        synchronized void starting(String name) {
            scenario = name;
            shown = -1;
            draw(0);
        }

        synchronized void finished() {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }

        @Override
        public synchronized void progress(int done, int total) {
            int percent = (int) (100L * done / total);
            if (percent <= shown) {
                return;
            }
            draw(percent);
        }

        private void draw(int percent) {
            shown = percent;
            int filled = percent * 30 / 100;
            String line = "simulating " + scenario + " [" + "#".repeat(filled) + " ".repeat(30 - filled) + "] "
                    + percent + "%";
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = Math.max(width, line.length());
            err.flush();
        }
    }
}

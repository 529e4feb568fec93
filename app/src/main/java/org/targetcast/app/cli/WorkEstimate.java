package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The cost of a simulation before it starts, in path-years (paths × variants × projected years): above
 * {@link #NOTICE} the command says on standard error how much work it is about to do and roughly how long it
 * takes, so that a long computation never starts in silence. The rate is a conservative reading of the
 * simulation benchmark (bench/run: tens of millions of path-years a second on two cores).
 */
final class WorkEstimate {
    /** Path-years above which the command says what it is about to do: some seconds of work. */
    static final double NOTICE = 2e8;

    /** Path-years a second assumed for the estimate of the time. */
    static final double RATE = 2e7;

    private WorkEstimate() {}

    /**
     * @param command the command, for the message
     * @param variants scenarios or grid cells simulated
     * @param paths paths per variant
     * @param years projected years per path
     * @param err where the notice goes
     * @return the path-years
     */
    static double announce(String command, long variants, long paths, int years, PrintWriter err) {
        double work = (double) variants * paths * Math.max(1, years);
        if (work > NOTICE) {
            double seconds = work / RATE;
            err.printf(
                    Locale.ROOT,
                    "%s: simulating %d %s x %d paths x %d years (%.1e path-years), about %s%n",
                    command,
                    variants,
                    variants == 1 ? "variant" : "variants",
                    paths,
                    years,
                    work,
                    seconds < 120 ? Math.round(seconds) + " s" : Math.round(seconds / 60) + " min");
            err.flush();
        }
        return work;
    }
}

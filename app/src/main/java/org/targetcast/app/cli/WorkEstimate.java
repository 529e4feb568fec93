package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;
import org.targetcast.engine.io.InputException;

/**
 * The cost of a simulation before it starts, in path-years (paths × simulation runs × projected years, as
 * {@link org.targetcast.model.outlook.Simulator#pathYears} counts them): above {@link #NOTICE} the command
 * says on standard error how much work it is about to do and roughly how long it takes, and shows its
 * progress; above {@link #LIMIT} it refuses, with the place that asked for the work, unless
 * {@code --allow-long} is given. So a long computation never starts in silence, and never by accident.
 *
 * <p>The rate is a conservative reading of the simulation's speed on a two-core machine: the baseline with
 * ten million paths simulates 8×10⁸ path-years (four families, a second run for the growth target, ten
 * years) in about 20 s, 4×10⁷ a second; the estimate assumes half of that.
 */
final class WorkEstimate {
    /** Path-years above which the command says what it is about to do and shows progress: some seconds. */
    static final double NOTICE = 2e8;

    /** Path-years above which the command refuses without {@code --allow-long}: about a minute or more. */
    static final double LIMIT = 1e9;

    /** Path-years a second assumed for the estimate of the time. */
    static final double RATE = 2e7;

    private WorkEstimate() {}

    /**
     * @param pathYears the work
     * @return the estimate of its time, e.g. "about 50 s" or "about 7 min"
     */
    static String duration(double pathYears) {
        double seconds = pathYears / RATE;
        return "about " + (seconds < 120 ? Math.round(seconds) + " s" : Math.round(seconds / 60) + " min");
    }

    /**
     * @param command the command that would do the work
     * @param what what is simulated
     * @param pathYears the work, above {@link #LIMIT}
     * @return why it is refused and what to do
     */
    static String refusal(String command, String what, double pathYears) {
        return String.format(
                Locale.ROOT,
                "%s would simulate %s path-years (%s), %s; expected at most %s without --allow-long:"
                        + " give --allow-long to run it anyway, or fewer paths%s",
                command,
                scientific(pathYears),
                what,
                duration(pathYears),
                scientific(LIMIT),
                what.contains("cells") ? " or --steps" : "");
    }

    /**
     * @param x a positive number
     * @return it with two significant digits in the notation of the scenario files, e.g. "8.0e9"
     */
    static String scientific(double x) {
        int exponent = (int) Math.floor(Math.log10(x));
        double mantissa = x / Math.pow(10, exponent);
        if (Math.round(mantissa * 10) >= 100) {
            mantissa /= 10;
            exponent++;
        }
        return String.format(Locale.ROOT, "%.1fe%d", mantissa, exponent);
    }

    /**
     * Refuses work above {@link #LIMIT} unless allowed, and announces work above {@link #NOTICE}.
     *
     * @param command the command, for the message
     * @param what what is simulated, e.g. "2 scenarios" or "41 x 41 cells"
     * @param pathYears the work
     * @param allowLong whether {@code --allow-long} was given
     * @param where the problem to report for a message, located where the work was asked for (a scenario's
     *     {@code uncertainty.paths}, or an option)
     * @param err where the notice goes
     * @return whether the work is long enough to show its progress
     * @throws InputException above the limit without {@code --allow-long}
     */
    static boolean check(
            String command,
            String what,
            double pathYears,
            boolean allowLong,
            Function<String, InputException.Problem> where,
            PrintWriter err) {
        if (pathYears > LIMIT && !allowLong) {
            throw new InputException(java.util.List.of(where.apply(refusal(command, what, pathYears))));
        }
        if (pathYears > NOTICE) {
            err.printf(
                    Locale.ROOT,
                    "%s: simulating %s, %s path-years, %s%n",
                    command,
                    what,
                    scientific(pathYears),
                    duration(pathYears));
            err.flush();
            return true;
        }
        return false;
    }
}

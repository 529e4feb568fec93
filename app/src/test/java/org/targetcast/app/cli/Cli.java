package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in-process and captures what it prints; paths are seen from a module's folder (the
 * library's tests comparing it with the command line use it too).
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record Cli(int code, String out, String err) {
    /** The shipped observations. */
    public static final String DATA = "../scenarios/data/observations.csv";
    /** The shipped scenarios. */
    public static final String SCENARIOS = "../scenarios";

    /**
     * @param args the command line
     * @return its exit code and output
     */
    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TargetcastCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }
}

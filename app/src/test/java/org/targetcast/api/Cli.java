package org.targetcast.api;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.targetcast.app.cli.TargetcastCommand;

/** Runs the command line in-process, from the api module's folder, and captures what it prints. */
record Cli(int code, String out, String err) {
    static final String DATA = "../scenarios/data/observations.csv";
    static final String SCENARIOS = "../scenarios";

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TargetcastCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }
}

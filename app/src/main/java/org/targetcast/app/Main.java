package org.targetcast.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.targetcast.app.cli.TargetcastCommand;

/** The only {@code main}: runs the command line and exits with its code. */
public final class Main {
    private Main() {}

    /**
     * With no arguments, runs every scenario in {@code scenarios/}.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(TargetcastCommand.execute(args, out, err));
    }
}

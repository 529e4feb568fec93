package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Exit codes: 2 for bad input, 1 for an internal error in one short line, its stack trace only with --verbose. */
class ExitCodesTest {
    @TempDir
    Path dir;

    /** A subcommand with a defect: the only honest way to reach an internal error from outside. */
    @Command(name = "crash")
    static final class Crash implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("an invariant broke\nwith a second line");
        }
    }

    private static Cli runWithCrash(String... args) {
        TargetcastCommand root = new TargetcastCommand();
        CommandLine cli = new CommandLine(root).addSubcommand(new Crash());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TargetcastCommand.execute(root, cli, args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    @Test
    void internalErrorExitsOneWithOneShortLineAndNoStackTrace() {
        Cli r = runWithCrash("crash");
        assertEquals(1, r.code());
        assertEquals(
                String.join(
                        System.lineSeparator(),
                        "targetcast: internal error: IllegalStateException: an invariant broke",
                        "(run again with --verbose for details)",
                        ""),
                r.err());
    }

    @Test
    void internalErrorPrintsTheStackTraceWithVerbose() {
        Cli r = runWithCrash("--verbose", "crash");
        assertEquals(1, r.code());
        assertTrue(
                r.err().startsWith("targetcast: internal error: IllegalStateException: an invariant broke"), r.err());
        assertTrue(r.err().contains("\tat org.targetcast.app.cli.ExitCodesTest$Crash.call"), r.err());
    }

    @Test
    void validateOnAFileWithThreeErrorsPrintsThreeLocatedLinesAndExitsTwo() throws IOException {
        Path f = dir.resolve("three.yaml");
        Files.writeString(
                f,
                "title: Three\nhorizn: 2035\ncomponents:\n  digital: {volatility: high}\ntargets:\n  - {year: 2029, share: 45}\n");
        Cli r = Cli.run("validate", "--data", Cli.DATA, f.toString());
        assertEquals(2, r.code());
        String shown = f.toString();
        assertEquals(
                String.join(
                        System.lineSeparator(),
                        shown + ":2:1: horizn: unknown key (did you mean 'horizon'?)",
                        shown + ":4:25: components.digital.volatility: expected a number from 0 to 2, found 'high'",
                        shown
                                + ":6:25: targets[1].share: expected a fraction inside (0, 1) such as 0.45 or \"45%\", found 45",
                        ""),
                r.err());
    }

    @Test
    void unwritableOutputFolderIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--out",
                file.resolve("out").toString(),
                "--deterministic",
                "--no-charts");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("--out: cannot create the output folder " + file.resolve("out")), r.err());
    }
}

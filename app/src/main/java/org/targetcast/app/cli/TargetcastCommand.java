package org.targetcast.app.cli;

import java.io.PrintWriter;
import org.targetcast.engine.io.InputException;
import org.targetcast.model.ModelException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level command: dispatches to subcommands. With no arguments, or with options only
 * ({@code targetcast --paths 1000000}), it runs {@code run}.
 */
@Command(
        name = "targetcast",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Will a share reach its target by a given year, under which assumptions?",
        subcommands = {
            RunCommand.class,
            DataCommand.class,
            FitCommand.class,
            SolveCommand.class,
            ValidateCommand.class,
            StatusCommand.class,
            CompareCommand.class,
            SweepCommand.class,
            SensitivityCommand.class,
            ChartCommand.class,
            BacktestCommand.class,
            ExploreCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (scenario, data or option)"})
public final class TargetcastCommand implements Runnable {
    @Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line with the given writers; never throws.
     *
     * @param args arguments; none means {@code run}
     * @param out standard output
     * @param err standard error
     * @return the exit code ({@link ExitCodes})
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        TargetcastCommand root = new TargetcastCommand();
        return execute(root, new CommandLine(root), args, out, err);
    }

    /**
     * Runs a command line built on {@code root} (tests add subcommands to it) with the exit-code handling
     * of {@link #execute(String[], PrintWriter, PrintWriter)}.
     */
    static int execute(TargetcastCommand root, CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
        QuietLibraries.apply();
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> handle(ex, line.getErr(), root.verbose));
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("targetcast: " + ex.getMessage());
            ex.getCommandLine()
                    .getErr()
                    .println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        String[] effective = args;
        boolean namesCommand = java.util.Arrays.stream(args).anyMatch(cli.getSubcommands()::containsKey);
        if (args.length == 0
                || !namesCommand
                        && args[0].startsWith("-")
                        && !java.util.Set.of("-h", "--help", "-V", "--version").contains(args[0])) {
            effective = new String[args.length + 1];
            effective[0] = "run";
            System.arraycopy(args, 0, effective, 1, args.length);
        }
        int code = cli.execute(effective);
        out.flush();
        err.flush();
        return code;
    }

    static int handle(Exception ex, PrintWriter err, boolean verbose) {
        if (ex instanceof InputException ie) {
            ie.lines().forEach(err::println);
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof ModelException me) {
            err.println("targetcast: " + me.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println("targetcast: internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null
                        ? ""
                        : ": " + ex.getMessage().lines().findFirst().orElse("")));
        if (verbose) {
            ex.printStackTrace(err);
        } else {
            err.println("(run again with --verbose for details)");
        }
        return ExitCodes.INTERNAL;
    }
}

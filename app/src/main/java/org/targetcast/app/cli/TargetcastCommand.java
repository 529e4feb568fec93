package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (scenario, data or option)"})
public final class TargetcastCommand implements Runnable {
    /**
     * The subcommands, in the order the help lists them. A command line gets only those it needs
     * ({@link #needed}): picocli reads every option of every subcommand it is given, which took 50 ms of each
     * command's start for the eleven it did not run.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
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
            ExploreCommand.class);

    private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");

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
        return execute(root, commandLine(root, needed(args)), args, out, err);
    }

    /**
     * @param root the top-level command
     * @param subcommands the subcommands to give it, in order
     * @return the command line of {@code root} with those subcommands
     */
    static CommandLine commandLine(TargetcastCommand root, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(root);
        for (Class<?> c : subcommands) {
            cli.addSubcommand(c);
        }
        return cli;
    }

    /**
     * @param args the command line
     * @return the subcommands it needs: the one it names after any {@code --verbose}, or {@code run} when it
     *     gives options only (or nothing); every subcommand otherwise (the help lists them, and a misspelt
     *     name is answered with the names nearest to it)
     */
    static List<Class<?>> needed(String[] args) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> c : SUBCOMMANDS) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        int first = 0;
        while (first < args.length && args[first].equals("--verbose")) {
            first++;
        }
        if (first < args.length && byName.containsKey(args[first])) {
            return List.of(byName.get(args[first]));
        }
        boolean namesCommand = Arrays.stream(args).anyMatch(byName::containsKey);
        if (!namesCommand && (args.length == 0 || args[0].startsWith("-") && !HELP_OR_VERSION.contains(args[0]))) {
            return List.of(RunCommand.class);
        }
        return SUBCOMMANDS;
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
        boolean namesCommand = Arrays.stream(args).anyMatch(cli.getSubcommands()::containsKey);
        if (args.length == 0 || !namesCommand && args[0].startsWith("-") && !HELP_OR_VERSION.contains(args[0])) {
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

package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command line gets only the subcommand it runs, and that subcommand is the same as among all of them:
 * the same options (the inherited {@code --verbose} included) and the same help.
 */
class SubcommandsNeededTest {
    private static List<Class<?>> needed(String... args) {
        return TargetcastCommand.needed(args);
    }

    @Test
    void theNamedSubcommandAloneOrRunForOptionsOnly() {
        assertEquals(List.of(RunCommand.class), needed());
        assertEquals(List.of(RunCommand.class), needed("--paths", "1000"));
        assertEquals(List.of(RunCommand.class), needed("--verbose"));
        assertEquals(List.of(SweepCommand.class), needed("sweep", "--no-charts"));
        assertEquals(List.of(CompareCommand.class), needed("--verbose", "compare"));
        assertEquals(List.of(RunCommand.class), needed("run", "--out", "sweep"));
        for (Class<?> c : TargetcastCommand.SUBCOMMANDS) {
            assertEquals(List.of(c), needed(c.getAnnotation(Command.class).name(), "--help"), c.getSimpleName());
        }
    }

    @Test
    void everySubcommandForHelpVersionAndNamesItDoesNotKnow() {
        for (String[] args :
                new String[][] {{"--help"}, {"-h"}, {"-V"}, {"--version"}, {"rn"}, {"--paths", "9", "run"}}) {
            assertEquals(TargetcastCommand.SUBCOMMANDS, needed(args), String.join(" ", args));
        }
    }

    @Test
    void aSubcommandAloneHasTheOptionsAndHelpItHasAmongAll() {
        CommandLine all = TargetcastCommand.commandLine(new TargetcastCommand(), TargetcastCommand.SUBCOMMANDS);
        for (Class<?> c : TargetcastCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            CommandLine alone = TargetcastCommand.commandLine(new TargetcastCommand(), List.of(c))
                    .getSubcommands()
                    .get(name);
            CommandLine among = all.getSubcommands().get(name);
            assertEquals(
                    among.getUsageMessage(CommandLine.Help.Ansi.OFF),
                    alone.getUsageMessage(CommandLine.Help.Ansi.OFF),
                    name);
            assertTrue(alone.getCommandSpec().findOption("--verbose") != null, name + " inherits --verbose");
        }
    }

    @Test
    void aSubcommandRunsAloneWithTheInheritedOption() {
        Cli r = Cli.run("validate", "--verbose", Cli.SCENARIOS + "/baseline.yaml", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        Cli help = Cli.run("sweep", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Usage: targetcast sweep"), help.out());
    }
}

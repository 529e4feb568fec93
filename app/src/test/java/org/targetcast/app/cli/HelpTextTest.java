package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help prints without picocli warnings and wraps within 80 columns. */
class HelpTextTest {
    private static final int COLUMNS = 80;

    @Test
    void everyHelpFitsEightyColumnsWithoutWarnings() {
        CommandLine root = TargetcastCommand.commandLine(new TargetcastCommand(), TargetcastCommand.SUBCOMMANDS);
        assertEquals(COLUMNS, root.getUsageHelpWidth());
        assertEquals(TargetcastCommand.SUBCOMMANDS.size(), root.getSubcommands().size(), "every subcommand checked");
        PrintStream saved = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            check("targetcast", root);
            for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
                check(sub.getKey(), sub.getValue());
            }
        } finally {
            System.setErr(saved);
        }
        String warned = warnings.toString(StandardCharsets.UTF_8);
        assertFalse(warned.contains("picocli WARN"), warned);
    }

    private static void check(String name, CommandLine command) {
        String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(help.contains("Usage:"), name);
        for (String line : help.split("\\R")) {
            assertTrue(line.length() <= COLUMNS, name + " --help has a line of " + line.length() + " columns: " + line);
        }
    }

    @Test
    void fitFitsOneHundredTwentyColumnsWithDetailsUnderWide() {
        Cli narrow = Cli.run("fit", "china.digital", "--data", Cli.DATA);
        assertEquals(0, narrow.code(), narrow.err());
        for (String line : narrow.out().split("\\R")) {
            assertTrue(line.length() <= 120, "fit prints a line of " + line.length() + " columns: " + line);
        }
        assertFalse(narrow.out().contains(" ± "), "parameters only under --wide");
        Cli wide = Cli.run("fit", "china.digital", "--data", Cli.DATA, "--wide");
        assertEquals(0, wide.code(), wide.err());
        assertTrue(wide.out().matches("(?s).*slope [0-9.]+ ± [0-9.]+.*"), wide.out());
    }
}

package org.targetcast.app.cli;

import org.targetcast.charts.Lang;
import picocli.CommandLine.Option;

/**
 * {@code --lang} for a command that writes no chart file: one that prints, or the explorer
 * ({@link ChartOptions} carries it for the others).
 */
public final class LangOption {
    @Option(
            names = "--lang",
            paramLabel = "en|zh",
            defaultValue = "en",
            converter = LangConverter.class,
            description = "Language of what the command shows (default: ${DEFAULT-VALUE}).")
    Lang lang;
}

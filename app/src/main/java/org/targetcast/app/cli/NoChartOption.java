package org.targetcast.app.cli;

import picocli.CommandLine.Option;

/** {@code --no-charts} for a command that draws one chart beside its table (compare, sensitivity, sweep). */
public final class NoChartOption {
    @Option(names = "--no-charts", description = "Skip the chart.")
    boolean skip;
}

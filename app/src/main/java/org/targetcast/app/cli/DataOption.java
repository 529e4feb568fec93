package org.targetcast.app.cli;

import org.targetcast.app.Workspace;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by the commands that read the observations. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "CSV", defaultValue = Workspace.DEFAULT_DATA,
            description = "Observations file (default: ${DEFAULT-VALUE}).")
    String data;

    /** @return a workspace over the chosen data file */
    public Workspace workspace() {
        return Workspace.of(data);
    }
}

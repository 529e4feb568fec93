package org.targetcast.app.cli;

import org.targetcast.engine.io.InputException;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.Basis;
import picocli.CommandLine.Option;

/** The options shared by the commands that read the observations: the data file and the basis of the China history. */
public final class DataOption {
    @Option(
            names = "--data",
            paramLabel = "CSV",
            defaultValue = Workspace.DEFAULT_DATA,
            description = "Observations file (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(
            names = "--basis",
            paramLabel = "mofcom|unctad",
            description =
                    "Take the China history on this basis, whatever the scenarios say: mofcom (MOFCOM's levels, "
                            + "the policy's own statistics) or unctad (UNCTAD's digital and total, extended past 2023 from MOFCOM's growth).")
    String basis;

    /**
     * @return a workspace over the chosen data file, on the chosen basis
     * @throws InputException if the basis is not one of the accepted keys
     */
    public Workspace workspace() {
        Workspace ws = Workspace.of(data);
        if (basis == null) {
            return ws;
        }
        try {
            return ws.onBasis(Basis.of(basis));
        } catch (ModelException e) {
            throw InputException.at("--basis", 0, 0, "", "expected " + Basis.keys() + ", found '" + basis + "'");
        }
    }
}

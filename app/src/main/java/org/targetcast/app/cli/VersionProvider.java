package org.targetcast.app.cli;

import org.targetcast.engine.workspace.Version;
import picocli.CommandLine.IVersionProvider;

/** What {@code targetcast --version} prints: the toolkit's version from the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"targetcast " + Version.get()};
    }
}

package org.targetcast.app.io;

import java.util.Objects;
import org.targetcast.model.scenario.Scenario;

/**
 * A scenario with where it came from.
 *
 * @param scenario the scenario
 * @param file the file as the user named it
 * @param sha256 hash over the bytes of the file and every file it extends
 * @param locations where each key was written, for problems found later (against the data)
 */
public record LoadedScenario(Scenario scenario, String file, String sha256, Locations locations) {
    /** Checks for nulls. */
    public LoadedScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(locations, "locations");
    }
}

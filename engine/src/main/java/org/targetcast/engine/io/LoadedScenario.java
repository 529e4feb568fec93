package org.targetcast.engine.io;

import java.util.Objects;
import org.targetcast.model.scenario.Scenario;

/**
 * A scenario with where it came from.
 *
 * @param scenario the scenario
 * @param file the file as the user named it
 * @param sha256 hash over the bytes of the file and every file it extends
 * @param locations where each key was written, for problems found later (against the data)
 * @param chinese the Chinese title and description, if the file gives them
 */
public record LoadedScenario(Scenario scenario, String file, String sha256, Locations locations, Chinese chinese) {
    /** Checks for nulls. */
    public LoadedScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(chinese, "chinese");
    }

    /**
     * @param chineseText whether Chinese is wanted
     * @return the Chinese title if wanted and given, else the scenario's title
     */
    public String title(boolean chineseText) {
        return chineseText && !chinese.title().isEmpty() ? chinese.title() : scenario.title();
    }

    /**
     * @param chineseText whether Chinese is wanted
     * @return the Chinese description if wanted and given, else the scenario's description
     */
    public String description(boolean chineseText) {
        return chineseText && !chinese.description().isEmpty() ? chinese.description() : scenario.description();
    }

    /**
     * @param resolved the same scenario with what the data decide filled in (its calibration)
     * @return this file's record carrying it
     */
    public LoadedScenario withScenario(Scenario resolved) {
        return new LoadedScenario(resolved, file, sha256, locations, chinese);
    }
}

package org.targetcast.model.assessment;

import java.util.Objects;

/**
 * What anyone holding an output needs to re-run it: the toolkit version, the data and scenario files with
 * their SHA-256, and for a simulated run the paths and the seed.
 *
 * @param version the toolkit's version
 * @param dataFile the data file as named by the user
 * @param dataHash its SHA-256, hex
 * @param scenarioFile the scenario file as named
 * @param scenarioHash its SHA-256, hex
 * @param paths simulated paths, 0 for a deterministic run
 * @param seed the seed of the random streams (meaningless when {@code paths} is 0)
 */
public record Provenance(
        String version,
        String dataFile,
        String dataHash,
        String scenarioFile,
        String scenarioHash,
        long paths,
        long seed) {
    /** Checks for nulls and a negative path count. */
    public Provenance {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dataFile, "dataFile");
        Objects.requireNonNull(dataHash, "dataHash");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(scenarioHash, "scenarioHash");
        if (paths < 0) {
            throw new IllegalArgumentException("paths = " + paths + " must be at least 0");
        }
    }

    /** @return whether the run simulated paths */
    public boolean simulated() {
        return paths > 0;
    }

    /** @return the scenario hash's first 12 hex digits, as footers show it */
    public String shortScenarioHash() {
        return scenarioHash.substring(0, Math.min(12, scenarioHash.length()));
    }
}

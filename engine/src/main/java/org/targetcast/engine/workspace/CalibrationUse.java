package org.targetcast.engine.workspace;

import java.util.List;
import java.util.Objects;

/**
 * One panel calibration a command used, for the manifest and {@code --verbose}: which panel it was fitted on
 * and whether it was read from the {@link CalibrationCache} or fitted in this run.
 *
 * @param leftOut the economy left out of its own calibration, in lower case (e.g. {@code china})
 * @param economies the histories of the panel it was fitted on, in the data's order
 * @param firstYear the first year of any of them
 * @param lastYear the last year of any of them
 * @param dataHash SHA-256 of the data file the panel was built from
 * @param fingerprint SHA-256 of everything the calibration depends on, the name of its cache file
 * @param fromCache whether it was read from the cache
 * @param note what happened to the cache when it was not used or not written; empty otherwise
 */
public record CalibrationUse(
        String leftOut,
        List<String> economies,
        int firstYear,
        int lastYear,
        String dataHash,
        String fingerprint,
        boolean fromCache,
        String note) {
    /** Checks for nulls and copies the list. */
    public CalibrationUse {
        Objects.requireNonNull(leftOut, "leftOut");
        Objects.requireNonNull(dataHash, "dataHash");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(note, "note");
        economies = List.copyOf(economies);
    }

    /** @return one line for {@code --verbose}, e.g. "panel calibration (china left out): 62 histories 2010-2023, from the cache" */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "panel calibration (%s left out): %d histories, %d-%d, data %s, key %s: %s%s",
                leftOut,
                economies.size(),
                firstYear,
                lastYear,
                dataHash.substring(0, Math.min(12, dataHash.length())),
                fingerprint.substring(0, Math.min(12, fingerprint.length())),
                fromCache ? "read from the cache" : "fitted fresh",
                note.isEmpty() ? "" : " (" + note + ")");
    }
}

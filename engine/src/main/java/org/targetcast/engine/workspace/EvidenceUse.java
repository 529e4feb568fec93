package org.targetcast.engine.workspace;

import java.util.Locale;
import java.util.Objects;
import org.targetcast.model.calibration.PanelEvidence;

/**
 * The evidence for a scenario's bands from the whole calibration panel, as a command obtained it: the
 * evidence itself, and whether its checks were read from the {@link CalibrationCache} or computed in this
 * run (for {@code --verbose}).
 *
 * @param scenario the name of the scenario whose bands were judged
 * @param evidence the evidence
 * @param fromCache whether the checks were read from the cache
 * @param fingerprint SHA-256 of everything they depend on, the name of their cache file
 * @param note what happened to the cache when it was not used or not written; empty otherwise
 */
public record EvidenceUse(String scenario, PanelEvidence evidence, boolean fromCache, String fingerprint, String note) {
    /** Checks for nulls. */
    public EvidenceUse {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(note, "note");
    }

    /** @return one line for {@code --verbose}, e.g. "panel evidence (baseline): 972 checks of 64 histories, key 1f2e…: read from the cache" */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "panel evidence (%s): %d checks of %d histories, key %s: %s%s",
                scenario,
                evidence.bands().count(),
                evidence.histories().size(),
                fingerprint.substring(0, Math.min(12, fingerprint.length())),
                fromCache ? "read from the cache" : "computed fresh",
                note.isEmpty() ? "" : " (" + note + ")");
    }
}

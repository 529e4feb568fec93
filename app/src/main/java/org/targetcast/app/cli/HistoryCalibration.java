package org.targetcast.app.cli;

import java.util.Objects;
import org.targetcast.model.calibration.ShareCalibrationResult;
import org.targetcast.model.scenario.ErrorCalibration;

/**
 * One history's check of the share bands, kept together: the calibration a run fits for it, the bands
 * scored with that calibration and, where the template calibrates on the panel, the same bands scored
 * without it.
 *
 * @param fitted the template's calibration as a run fits it for this history (its own economy left out)
 * @param calibrated the bands' coverage with that calibration, named by the history's key
 * @param raw the bands' coverage without calibration; null where the template does not calibrate on the panel
 */
record HistoryCalibration(ErrorCalibration fitted, ShareCalibrationResult calibrated, ShareCalibrationResult raw) {
    /** Checks for nulls (but {@code raw}). */
    HistoryCalibration {
        Objects.requireNonNull(fitted, "fitted");
        Objects.requireNonNull(calibrated, "calibrated");
    }
}

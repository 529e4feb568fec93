package org.targetcast.model.analysis;

/**
 * A choice between named options that moves a target's probability but is not a number: which credible
 * trend family carries the projection, on which data basis the history is taken, and whether the bands are
 * calibrated on other economies' forecast errors. Sensitivity shows
 * each as a bar from the option with the lowest probability to the one with the highest; unlike an
 * {@link Assumption} it is not a slider.
 */
public enum Alternative implements Factor {
    /** The trend family of both components, one of the scenario's {@code uncertainty.families}. */
    MODEL_CHOICE("model_choice", "model choice (trend family)"),
    /** The China history's basis, MOFCOM's or UNCTAD's ({@link org.targetcast.model.data.Basis}). */
    DATA_BASIS("data_basis", "data basis (MOFCOM or UNCTAD)"),
    /**
     * Whether the bands are calibrated on the other economies' forecast errors ({@code panel}) or are the
     * model's own ({@code none}); {@link org.targetcast.model.scenario.ErrorCalibration}.
     */
    BAND_CALIBRATION("band_calibration", "band calibration (panel or none)");

    private final String key;
    private final String description;

    Alternative(String key, String description) {
        this.key = key;
        this.description = description;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String description() {
        return description;
    }
}

package org.targetcast.model.target;

/**
 * The progress categories of the SDG progress assessment (UN Statistics Division, "SDG Progress Chart
 * technical note"): the ratio of the observed growth rate since the baseline to the growth rate needed
 * from the baseline to reach the target in the target year.
 */
public enum OnTrackCategory {
    /** The target level is already reached in the latest observed year. */
    ACHIEVED("achieved"),
    /** Ratio at least 0.95. */
    ON_TRACK("on track"),
    /** Ratio from 0.60 to 0.95. */
    ACCELERATION_NEEDED("acceleration needed"),
    /** Ratio from 0 to 0.60. */
    LIMITED_PROGRESS("limited progress"),
    /** Ratio below 0: moving away from the target. */
    DETERIORATION("deterioration");

    private final String label;

    OnTrackCategory(String label) {
        this.label = label;
    }

    /** @return the category in words */
    public String label() {
        return label;
    }

    /**
     * @param ratio observed over required growth rate
     * @return its category (never {@link #ACHIEVED}, which depends on the level, not the ratio)
     */
    public static OnTrackCategory ofRatio(double ratio) {
        if (ratio >= 0.95) {
            return ON_TRACK;
        }
        if (ratio >= 0.60) {
            return ACCELERATION_NEEDED;
        }
        return ratio >= 0 ? LIMITED_PROGRESS : DETERIORATION;
    }
}

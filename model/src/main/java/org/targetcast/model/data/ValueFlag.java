package org.targetcast.model.data;

/** Why a value in a built history is not simply a published level. */
public enum ValueFlag {
    /** Filled from another series' growth rates, chain-linked (ratio-spliced) to published levels. */
    CHAIN_LINKED("c", "chain-linked from UNCTAD growth"),
    /** Seen only second-hand (source grade D). */
    SECONDARY("s", "second-hand source (grade D)"),
    /** The source gives a rounded or approximate figure. */
    ROUNDED("r", "rounded in the source"),
    /** Taken from a series other than the preferred one for this component. */
    OTHER_SOURCE("o", "from an alternative source series");

    private final String code;
    private final String description;

    ValueFlag(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** @return a one-letter code for tables */
    public String code() {
        return code;
    }

    /** @return what the flag means */
    public String description() {
        return description;
    }
}

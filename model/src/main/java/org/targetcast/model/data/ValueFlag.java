package org.targetcast.model.data;

/**
 * Why a value in a built history is not simply a published level. The first four say how a value was
 * estimated ({@link #estimated()}); the others qualify the figures it came from.
 */
public enum ValueFlag {
    /** Another series' growth carried onto this series' level (ratio splice, see {@link ChainLink}). */
    CHAIN_LINKED("c", "chain-linked: another series' growth carried onto this series' levels", true),
    /** A neighbouring year's level carried by the growth rate the same publisher gives for the year. */
    PUBLISHED_GROWTH("g", "from the next year's level and the published growth rate", true),
    /** No level published, but the share: digital = published share × total. */
    PUBLISHED_SHARE("p", "published share (knowledge-intensive, yuan) × total: no level published", true),
    /** No figure on this basis for the year: digital and total both from UNCTAD, so the share is UNCTAD's. */
    OTHER_BASIS("u", "UNCTAD's own digital and total: no MOFCOM figure for the year", true),
    /** Seen only second-hand (source grade D). */
    SECONDARY("s", "second-hand source (grade D)", false),
    /** The source gives a rounded or approximate figure. */
    ROUNDED("r", "rounded in the source", false),
    /** Taken from a series other than the preferred one for this component. */
    OTHER_SOURCE("o", "from an alternative source series", false);

    private final String code;
    private final String description;
    private final boolean estimated;

    ValueFlag(String code, String description, boolean estimated) {
        this.code = code;
        this.description = description;
        this.estimated = estimated;
    }

    /** @return a one-letter code for tables */
    public String code() {
        return code;
    }

    /** @return what the flag means */
    public String description() {
        return description;
    }

    /** @return whether a value with this flag is an estimate, drawn apart from published values */
    public boolean estimated() {
        return estimated;
    }
}

package org.targetcast.model.target;

/**
 * A probability in words, on the calibrated language of the IPCC (Mastrandrea et al., "Guidance Note for
 * Lead Authors of the IPCC Fifth Assessment Report on Consistent Treatment of Uncertainties", IPCC 2010,
 * table 1): very likely 90–100 %, likely 66–100 %, about as likely as not 33–66 %, unlikely 0–33 %, very
 * unlikely 0–10 %. The guidance's ranges nest; here each probability gets the narrowest word that holds,
 * so the bands are [0.90, 1], [0.66, 0.90), [0.33, 0.66), [0.10, 0.33) and [0, 0.10). The guidance's
 * outer words (virtually certain, exceptionally unlikely) are left out: a share forecast over several
 * years never supports them.
 */
public enum Likelihood {
    /** P at least 0.90. */
    VERY_LIKELY("very likely", 0.90),
    /** P from 0.66 to 0.90. */
    LIKELY("likely", 0.66),
    /** P from 0.33 to 0.66 (the guidance's "about as likely as not"). */
    ABOUT_EVEN("about even", 0.33),
    /** P from 0.10 to 0.33. */
    UNLIKELY("unlikely", 0.10),
    /** P below 0.10. */
    VERY_UNLIKELY("very unlikely", 0);

    private final String label;
    private final double from;

    Likelihood(String label, double from) {
        this.label = label;
        this.from = from;
    }

    /** @return the word, e.g. {@code about even} */
    public String label() {
        return label;
    }

    /** @return the lowest probability that gets this word */
    public double from() {
        return from;
    }

    /**
     * @param probability a probability in [0, 1]
     * @return its word
     * @throws IllegalArgumentException for a value outside [0, 1] or NaN
     */
    public static Likelihood of(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability = " + probability + " must be in [0, 1]");
        }
        for (Likelihood l : values()) {
            if (probability >= l.from) {
                return l;
            }
        }
        return VERY_UNLIKELY;
    }
}

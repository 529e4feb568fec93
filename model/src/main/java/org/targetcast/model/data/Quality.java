package org.targetcast.model.data;

import java.util.Locale;
import org.targetcast.model.ModelException;

/**
 * A source's reliability grade, best first. Declaration order is the order of preference: when two
 * sources give a figure for the same year, the one with the better grade is used.
 *
 * <p>Where a source list gives a split grade such as {@code B/C}, the project records the lower one.
 */
public enum Quality {
    /** An official statistical release or an agency's own dataset, directly or via a faithful copy. */
    A,
    /** An official figure relayed by state media, agency officials or a named official report. */
    B,
    /** A research paper, think-tank or private analysis quoting official data. */
    C,
    /** Second-hand: a third-party repository or digest quoting an official figure not seen directly. */
    D;

    /**
     * @param other another grade
     * @return whether this grade is strictly better than {@code other}
     */
    public boolean isBetterThan(Quality other) {
        return compareTo(other) < 0;
    }

    /**
     * Parses a one-letter grade.
     *
     * @param text {@code A}, {@code B}, {@code C} or {@code D} (case-insensitive, surrounding blanks ignored)
     * @return the grade
     * @throws ModelException if the text is not one of the four letters
     */
    public static Quality parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Quality q : values()) {
            if (q.name().equals(t)) {
                return q;
            }
        }
        throw ModelException.of("quality = '%s' is not a grade; expected A, B, C or D", text);
    }
}

package org.targetcast.model.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.targetcast.model.ModelException;

/**
 * The statistics a China history stands on. The share of the policy targets can be read on MOFCOM's
 * basis (the policy's own statistics) or on UNCTAD's; the two differ by a few percentage points in most
 * years, and the basis moves a forecast's answer more than most assumptions.
 */
public enum Basis {
    /** MOFCOM's 可数字化交付 levels over the SAFE/UNCTAD total (history {@code china}); the default. */
    MOFCOM("mofcom", HistoryBuilder.CHINA),
    /** UNCTAD's digitally deliverable and total services trade, extended past 2023 (history {@code china@unctad}). */
    UNCTAD("unctad", HistoryBuilder.CHINA + "@unctad");

    private final String key;
    private final String history;

    Basis(String key, String history) {
        this.key = key;
        this.history = history;
    }

    /** @return the key in scenario files and on the command line, e.g. {@code mofcom} */
    public String key() {
        return key;
    }

    /** @return the name of the China history on this basis */
    public String history() {
        return history;
    }

    /**
     * @param key {@code mofcom} or {@code unctad} (case ignored)
     * @return that basis
     * @throws ModelException naming the accepted keys
     */
    public static Basis of(String key) {
        for (Basis b : values()) {
            if (b.key.equals(key == null ? "" : key.strip().toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw ModelException.of("basis '%s' is not one of %s", key, keys());
    }

    /** @return the accepted keys, e.g. {@code mofcom, unctad} */
    public static String keys() {
        return Arrays.stream(values()).map(Basis::key).collect(Collectors.joining(", "));
    }

    /**
     * @param history a history name, e.g. {@code china@unctad}
     * @return the basis whose China history it is, or null if it is not a China history
     */
    public static Basis ofHistory(String history) {
        for (Basis b : values()) {
            if (b.history.equals(history)) {
                return b;
            }
        }
        return null;
    }
}

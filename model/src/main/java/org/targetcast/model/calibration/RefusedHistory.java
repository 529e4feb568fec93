package org.targetcast.model.calibration;

import java.util.Objects;
import org.targetcast.model.ModelException;

/**
 * A history of the data that does not join the calibration panel, with the reason ({@link PanelScreen}).
 *
 * @param history the history's name, e.g. {@code unctad:Kosovo}
 * @param reason why it is refused, e.g. a gap, digital above total in a year, or a vintage break
 * @param cause the kind of reason, for a text in another language
 * @param vintage the sources and years of a vintage break; null for another cause
 */
public record RefusedHistory(String history, String reason, Cause cause, VintageBreak vintage) {
    /** Why a history is refused. */
    public enum Cause {
        /** The history cannot be built: a gap inside its years, or digital at or above total in a year. */
        UNBUILT,
        /** The values of a component come from different sources in different years. */
        VINTAGE_BREAK
    }

    /**
     * The sources of each component of a history with a vintage break, each as
     * {@code S24 (2010-2019), S28 (2020-2023)}; null for a component without a break.
     *
     * @param digital the digital component's sources and their years, or null
     * @param total the total's, or null
     */
    public record VintageBreak(String digital, String total) {
        /** Checks that one component breaks. */
        public VintageBreak {
            if (digital == null && total == null) {
                throw ModelException.of("a vintage break needs a component that breaks");
            }
        }
    }

    /** Checks that the history, the reason and the cause are given, and a vintage break with its cause. */
    public RefusedHistory {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cause, "cause");
        if (reason.isBlank()) {
            throw ModelException.of("refused history %s: a reason is needed", history);
        }
        if ((cause == Cause.VINTAGE_BREAK) != (vintage != null)) {
            throw ModelException.of("refused history %s: a vintage break goes with its sources", history);
        }
    }

    /**
     * @param history the history's name
     * @param message the builder's message (the year and the values)
     * @return a history that cannot be built
     */
    public static RefusedHistory unbuilt(String history, String message) {
        return new RefusedHistory(history, message, Cause.UNBUILT, null);
    }
}

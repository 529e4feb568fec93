package org.targetcast.model.calibration;

import java.util.Objects;
import org.targetcast.model.ModelException;

/**
 * A history of the data that does not join the calibration panel, with the reason ({@link PanelScreen}).
 *
 * @param history the history's name, e.g. {@code unctad:Kosovo}
 * @param reason why it is refused, e.g. a gap, digital above total in a year, or a vintage break
 */
public record RefusedHistory(String history, String reason) {
    /** Checks that both are given. */
    public RefusedHistory {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw ModelException.of("refused history %s: a reason is needed", history);
        }
    }
}

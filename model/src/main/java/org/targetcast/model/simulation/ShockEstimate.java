package org.targetcast.model.simulation;

import java.util.List;

/**
 * A shock model with notes on how it was obtained.
 *
 * @param model the shocks
 * @param notes fallbacks taken, for the user
 */
public record ShockEstimate(ShockModel model, List<String> notes) {
    /** Copies the notes. */
    public ShockEstimate {
        notes = List.copyOf(notes);
    }
}

package org.targetcast.model.analysis;

/**
 * What one sensitivity bar moves: an {@link Assumption}, a number a planner sets (and the explorer's
 * sliders offer), or an {@link Alternative}, a choice between named options that no slider sets.
 */
public sealed interface Factor permits Assumption, Alternative {
    /** @return the key in tables and CSV files, e.g. {@code digital_growth}, {@code model_choice} */
    String key();

    /** @return a short description in English for tables */
    String description();
}

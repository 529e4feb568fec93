package org.targetcast.engine.io;

import java.util.Objects;

/**
 * A scenario's title and description in Chinese, for charts and reports in Chinese; empty when the file
 * gives none (the English ones are then used).
 *
 * @param title {@code title_zh}, or empty
 * @param description {@code description_zh}, or empty
 */
public record Chinese(String title, String description) {
    /** No Chinese text. */
    public static final Chinese NONE = new Chinese("", "");

    /** Checks for nulls. */
    public Chinese {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}

package org.targetcast.app.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chart written into the output folder.
 *
 * @param base its files' name without extension, relative to the folder, e.g. {@code charts/baseline-fan}
 * @param files the files written, relative to the folder, in the order PNG, SVG, PDF, PPTX
 * @param image what a report embeds: the PNG, else the SVG; empty when neither format was written
 */
public record WrittenChart(String base, List<String> files, Optional<ChartImage> image) {
    /** Checks and copies. */
    public WrittenChart {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(image, "image");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("chart " + base + " wrote no file");
        }
    }
}

package org.targetcast.app.report;

import java.util.Objects;
import org.targetcast.charts.ChartExporter;

/**
 * A chart as a report embeds it: the bytes of its PNG file, or of its SVG file where no PNG was written,
 * kept from the writing so the report neither reads the file back nor draws the chart again.
 */
public final class ChartImage {
    private final ChartExporter.Format format;
    private final byte[] bytes;

    private ChartImage(ChartExporter.Format format, byte[] bytes) {
        this.format = format;
        this.bytes = bytes;
    }

    /**
     * @param format PNG or SVG
     * @param bytes the file's bytes (copied)
     * @return the image
     * @throws IllegalArgumentException for a format a report cannot embed as an image, or no bytes
     */
    public static ChartImage of(ChartExporter.Format format, byte[] bytes) {
        Objects.requireNonNull(format, "format");
        if (format != ChartExporter.Format.PNG && format != ChartExporter.Format.SVG) {
            throw new IllegalArgumentException("a report embeds a PNG or SVG chart, not " + format);
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a " + format + " chart of no bytes");
        }
        return new ChartImage(format, bytes.clone());
    }

    /** @return PNG or SVG */
    public ChartExporter.Format format() {
        return format;
    }

    /** @return whether it is a PNG bitmap */
    public boolean isPng() {
        return format == ChartExporter.Format.PNG;
    }

    /** @return the file's bytes (a copy) */
    public byte[] bytes() {
        return bytes.clone();
    }
}

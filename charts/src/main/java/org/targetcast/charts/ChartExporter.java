package org.targetcast.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart as PNG ({@link BitmapEncoder#saveBitmapWithDPI}, at the preset's DPI), SVG
 * ({@link VectorGraphicsEncoder}), PDF ({@link PdfChartWriter}: text as text in embedded fonts), both at the
 * chart's layout size in points, and PowerPoint ({@link SlideDeckWriter}: a slide with a native chart). Each file is written beside its
 * target under a temporary name and moved into place, so a failed export leaves no half-written file.
 *
 * <p>Immutable; configured by copies: {@code ChartExporter.of(ChartPreset.PRINT).withFormats(Format.PDF)}.
 */
public final class ChartExporter {
    /** File formats. */
    public enum Format {
        /** Bitmap at the exporter's DPI. */
        PNG,
        /** Scalable vector graphics. */
        SVG,
        /** PDF, one page the size of the chart, its text as text in embedded fonts. */
        PDF,
        /** PowerPoint deck, one slide holding the chart as a native, editable chart with its data. */
        PPTX;

        /** @return the file extension with its dot, e.g. {@code .png} */
        public String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final int dpi;
    private final Set<Format> formats;

    private ChartExporter(int dpi, Set<Format> formats) {
        this.dpi = dpi;
        this.formats = Set.copyOf(formats);
    }

    /**
     * @param preset the preset the chart was built with; gives the PNG resolution
     * @return an exporter writing PNG, SVG and PDF
     */
    public static ChartExporter of(ChartPreset preset) {
        return new ChartExporter(preset.canvas().dpi(), EnumSet.of(Format.PNG, Format.SVG, Format.PDF));
    }

    /**
     * @param first a format to write
     * @param more further formats
     * @return a copy writing only those formats
     */
    public ChartExporter withFormats(Format first, Format... more) {
        return new ChartExporter(dpi, EnumSet.of(first, more));
    }

    /**
     * @param newDpi PNG resolution, dots per inch, in [36, 1200]
     * @return a copy writing PNG at that resolution
     * @throws ChartException if the resolution is out of range
     */
    public ChartExporter withDpi(int newDpi) {
        if (newDpi < 36 || newDpi > 1200) {
            throw ChartException.of("dpi = %d is outside [36, 1200]", newDpi);
        }
        return new ChartExporter(newDpi, formats);
    }

    /** @return PNG resolution, dots per inch */
    public int dpi() {
        return dpi;
    }

    /** @return the formats written */
    public Set<Format> formats() {
        return formats;
    }

    /**
     * Writes the chart once per format, to {@code base} plus the format's extension
     * ({@code out/share} gives {@code out/share.png}, {@code out/share.svg}, {@code out/share.pdf}),
     * replacing existing files and creating missing parent folders.
     *
     * @param chart the chart
     * @param base path of the files without extension
     * @return the files written, in the order PNG, SVG, PDF, PPTX
     * @throws ChartException naming the file if one cannot be written
     */
    public List<Path> write(Chart<?, ?> chart, Path base) {
        List<Path> written = new ArrayList<>();
        for (Format format : Format.values()) {
            if (formats.contains(format)) {
                written.add(write(chart, base, format));
            }
        }
        return List.copyOf(written);
    }

    private Path write(Chart<?, ?> chart, Path base, Format format) {
        Path target = base.resolveSibling(base.getFileName() + format.extension());
        Path dir = target.toAbsolutePath().getParent();
        Path partial = dir.resolve("." + base.getFileName() + ".part" + format.extension());
        try {
            Files.createDirectories(dir);
            switch (format) {
                case PNG ->
                    BitmapEncoder.saveBitmapWithDPI(chart, partial.toString(), BitmapEncoder.BitmapFormat.PNG, dpi);
                case SVG ->
                    VectorGraphicsEncoder.saveVectorGraphic(
                            chart, partial.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                case PDF -> PdfChartWriter.write(chart, partial);
                case PPTX -> {
                    if (!(chart instanceof XYChart xy)) {
                        throw new IOException("only XY charts become slides");
                    }
                    SlideDeckWriter.write(List.of(xy), partial);
                }
                default -> throw new IllegalStateException("unhandled format " + format);
            }
            if (!Files.isRegularFile(partial)) {
                throw new IOException("the encoder wrote no file");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            deleteQuietly(partial);
            throw new ChartException(
                    String.format(Locale.ROOT, "cannot write %s chart %s: %s", format, target, e.getMessage()), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the original failure is the one reported
        }
    }
}

package org.targetcast.charts;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart as PNG (drawn into an RGB bitmap at the preset's DPI and encoded by Image I/O with that
 * resolution recorded: alone, byte for byte what XChart's {@code BitmapEncoder.saveBitmapWithDPI} writes; with
 * an SVG beside it, from the same recorded layout as the SVG ({@link CommandReplay}), so the chart is laid
 * out once), SVG
 * (painted into VectorGraphics2D as XChart's {@code VectorGraphicsEncoder} does, written by {@link SvgWriter}), PDF ({@link PdfChartWriter}:
 * text as text in embedded fonts), both at the chart's layout size in points, and PowerPoint
 * ({@link SlideDeckWriter}: a slide with a native chart). Each file is written beside its target under a
 * temporary name and moved into place, so a failed export leaves no half-written file. {@link #export} also
 * hands back the bytes of the PNG and SVG files, so a report can embed a chart without reading its file back
 * or drawing it again.
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

    /** Held while VectorGraphics2D's SVG processor runs (see {@link #svg}). */
    private static final Object SVG_PROCESSOR = new Object();

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
        return export(chart, base).files();
    }

    /**
     * Writes the chart as {@link #write} does and keeps the bytes of the PNG and SVG files it wrote.
     *
     * @param chart the chart
     * @param base path of the files without extension
     * @return the files written and the bytes of the PNG and SVG among them
     * @throws ChartException naming the file if one cannot be written
     */
    public Exported export(Chart<?, ?> chart, Path base) {
        List<Path> written = new ArrayList<>();
        Map<Format, byte[]> kept = new EnumMap<>(Format.class);
        // both PNG and SVG: the chart is laid out once, recorded, and the record drawn into each
        CommandSequence recorded = formats.contains(Format.PNG) && formats.contains(Format.SVG) ? record(chart) : null;
        for (Format format : Format.values()) {
            if (formats.contains(format)) {
                written.add(write(chart, recorded, base, format, kept));
            }
        }
        return new Exported(written, kept.get(Format.PNG), kept.get(Format.SVG));
    }

    /** @return the drawing commands of the chart at its layout size, in points */
    private static CommandSequence record(Chart<?, ?> chart) {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        return g.getCommands();
    }

    /**
     * The chart as a PNG file's bytes: drawn into an RGB bitmap {@code dpi / 72} times its layout size and
     * encoded ({@link PngEncoder}) with that resolution in the file: the pixels and the resolution of
     * {@code BitmapEncoder.saveBitmapWithDPI}.
     *
     * @param chart the chart
     * @return the PNG bytes
     */
    byte[] png(Chart<?, ?> chart) {
        return png(chart, null);
    }

    /**
     * @param chart the chart
     * @param recorded its drawing commands ({@link #record}), drawn instead of painting the chart again; null
     *     to paint it
     */
    private byte[] png(Chart<?, ?> chart, CommandSequence recorded) {
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage(
                (int) (chart.getWidth() * scale), (int) (chart.getHeight() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            AffineTransform at = g.getTransform();
            at.scale(scale, scale);
            g.setTransform(at);
            if (recorded == null) {
                chart.paint(g, chart.getWidth(), chart.getHeight());
            } else {
                CommandReplay.draw(recorded, g);
            }
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image, dpi);
    }

    /**
     * The chart as an SVG file's bytes: painted into VectorGraphics2D, as XChart's
     * {@code VectorGraphicsEncoder.saveVectorGraphic} does, and the recorded commands written by
     * {@link SvgWriter}. A chart with a command that writer does not draw goes through VectorGraphics2D's own
     * SVG processor instead, one thread at a time: it formats every coordinate with one static
     * {@link java.text.DecimalFormat}, which is not thread-safe, and charts are drawn in parallel.
     */
    private static byte[] svg(Chart<?, ?> chart, CommandSequence recorded) throws IOException {
        CommandSequence commands = recorded == null ? record(chart) : recorded;
        Optional<byte[]> written = SvgWriter.write(commands, chart.getWidth(), chart.getHeight());
        if (written.isPresent()) {
            return written.get();
        }
        PageSize page = new PageSize(0.0, 0.0, chart.getWidth(), chart.getHeight());
        Document document;
        synchronized (SVG_PROCESSOR) {
            document = new SVGProcessor().getDocument(commands, page);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        document.writeTo(bytes);
        return bytes.toByteArray();
    }

    private Path write(
            Chart<?, ?> chart, CommandSequence recorded, Path base, Format format, Map<Format, byte[]> kept) {
        Path target = base.resolveSibling(base.getFileName() + format.extension());
        Path dir = target.toAbsolutePath().getParent();
        Path partial = dir.resolve("." + base.getFileName() + ".part" + format.extension());
        try {
            Files.createDirectories(dir);
            switch (format) {
                case PNG -> {
                    byte[] png = png(chart, recorded);
                    Files.write(partial, png);
                    kept.put(format, png);
                }
                case SVG -> {
                    byte[] svg = svg(chart, recorded);
                    Files.write(partial, svg);
                    kept.put(format, svg);
                }
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

    /** What {@link #export} wrote: the files, and the bytes of its PNG and SVG files (a copy to each caller). */
    public static final class Exported {
        private final List<Path> files;
        private final byte[] png;
        private final byte[] svg;

        /** Takes the encoders' own arrays, which nothing else holds. */
        private Exported(List<Path> files, byte[] png, byte[] svg) {
            this.files = List.copyOf(files);
            this.png = png;
            this.svg = svg;
        }

        /** @return the files written, in the order PNG, SVG, PDF, PPTX */
        public List<Path> files() {
            return files;
        }

        /** @return the bytes of the PNG file, if one was written */
        public Optional<byte[]> png() {
            return Optional.ofNullable(png).map(byte[]::clone);
        }

        /** @return the bytes of the SVG file, if one was written */
        public Optional<byte[]> svg() {
            return Optional.ofNullable(svg).map(byte[]::clone);
        }
    }
}

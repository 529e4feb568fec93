package org.targetcast.app.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.targetcast.charts.ChartExporter;
import org.targetcast.charts.ChartPreset;
import org.targetcast.charts.Lang;

/**
 * How charts are written: preset (size and type), formats and label language. Every command that writes
 * charts goes through one of these, so {@code --preset}, {@code --formats} and {@code --lang} mean the same
 * everywhere.
 *
 * @param preset size, resolution and type sizes
 * @param formats files written per chart
 * @param lang label language
 */
public record ChartOutput(ChartPreset preset, Set<ChartExporter.Format> formats, Lang lang) {
    /** Checks and copies. */
    public ChartOutput {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(lang, "lang");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one chart format is needed");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
    }

    /** @return web size, PNG and SVG, English: the default of every command */
    public static ChartOutput defaults() {
        return new ChartOutput(
                ChartPreset.WEB, EnumSet.of(ChartExporter.Format.PNG, ChartExporter.Format.SVG), Lang.EN);
    }

    /**
     * @param chart builds the chart for a preset
     * @param folder the output folder being written
     * @param base the file name without extension, relative to the folder, e.g. {@code charts/baseline-fan}
     * @return the files written, relative to the folder
     */
    public List<String> write(Function<ChartPreset, XYChart> chart, OutputFolder folder, String base) {
        return draw(chart, folder, base).files();
    }

    /**
     * Draws and writes a chart, keeping the image a report embeds (the PNG, else the SVG) in memory.
     *
     * @param chart builds the chart for a preset
     * @param folder the output folder being written
     * @param base the file name without extension, relative to the folder, e.g. {@code charts/baseline-fan}
     * @return the files written, relative to the folder, and the image
     */
    public WrittenChart draw(Function<ChartPreset, XYChart> chart, OutputFolder folder, String base) {
        ChartExporter.Format first = formats.iterator().next();
        ChartExporter exporter = ChartExporter.of(preset)
                .withFormats(first, formats.stream().filter(f -> f != first).toArray(ChartExporter.Format[]::new));
        ChartExporter.Exported exported = exporter.export(chart.apply(preset), folder.resolve(base));
        List<String> written = new ArrayList<>();
        for (Path p : exported.files()) {
            written.add(folder.staging().relativize(p).toString().replace('\\', '/'));
        }
        Optional<ChartImage> image = exported.png()
                .map(png -> ChartImage.of(ChartExporter.Format.PNG, png))
                .or(() -> exported.svg().map(svg -> ChartImage.of(ChartExporter.Format.SVG, svg)));
        return new WrittenChart(base, written, image);
    }
}

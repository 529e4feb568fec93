package org.targetcast.app.explore;

import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javax.swing.JFileChooser;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.knowm.xchart.XYChart;
import org.targetcast.charts.ChartExporter;
import org.targetcast.charts.ChartPreset;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.ScenarioWriter;

/**
 * The explorer's file actions: export the chart shown, save the current settings as a scenario. The file
 * is chosen on the event thread; encoding and writing run in a {@link SwingWorker}.
 */
final class ExplorerActions {
    /** Reports a message to the status line: the text and whether it is an error. */
    interface Notice {
        void show(String message, boolean error);
    }

    private ExplorerActions() {}

    static void exportChart(
            Component parent,
            java.util.function.Function<ChartPreset, XYChart> fan,
            ChartPreset preset,
            UiText text,
            Notice notice) {
        if (fan == null) {
            return;
        }
        JFileChooser chooser = new JFileChooser(new File("."));
        FileNameExtensionFilter png = new FileNameExtensionFilter("PNG", "png");
        chooser.addChoosableFileFilter(png);
        chooser.addChoosableFileFilter(new FileNameExtensionFilter("SVG", "svg"));
        chooser.addChoosableFileFilter(new FileNameExtensionFilter("PDF", "pdf"));
        chooser.setFileFilter(png);
        chooser.setSelectedFile(new File("explore-fan.png"));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = chooser.getSelectedFile().toPath();
        String filter = chooser.getFileFilter().getDescription();
        run(() -> exportTo(fan, preset, chosen, filter).toString(), path -> text.text("exported", path), notice);
    }

    /**
     * Writes the chart built at a preset to the file chosen: in the format its extension names
     * ({@code .png}, {@code .svg}, {@code .pdf}), else in the format of the chooser's filter, with that
     * extension added.
     *
     * @param fan draws the chart at a preset
     * @param preset size and type
     * @param chosen the file chosen
     * @param filter the chooser's filter description ({@code PNG}, {@code SVG} or {@code PDF}), or blank
     * @return the file written
     */
    static Path exportTo(
            java.util.function.Function<ChartPreset, XYChart> fan, ChartPreset preset, Path chosen, String filter) {
        String name = chosen.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
        ChartExporter.Format format;
        Path base;
        if (ext.equals("PNG") || ext.equals("SVG") || ext.equals("PDF")) {
            format = ChartExporter.Format.valueOf(ext);
            base = chosen.resolveSibling(name.substring(0, dot));
        } else {
            format = filter.equals("SVG") || filter.equals("PDF")
                    ? ChartExporter.Format.valueOf(filter)
                    : ChartExporter.Format.PNG;
            base = chosen;
        }
        // written beside the file, then renamed over it: a failed export leaves the previous file as it was
        Path abs = base.toAbsolutePath();
        try {
            Path partial = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".partial-");
            try {
                Path written = ChartExporter.of(preset)
                        .withFormats(format)
                        .write(
                                fan.apply(preset),
                                partial.resolve(abs.getFileName().toString()))
                        .get(0);
                Path target = abs.resolveSibling(written.getFileName().toString());
                Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return base.resolveSibling(target.getFileName().toString());
            } finally {
                try (var left = Files.list(partial)) {
                    for (Path p : left.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void saveScenario(
            Component parent, ExplorerState state, Path file, int firstProjectedYear, UiText text, Notice notice) {
        if (firstProjectedYear == 0) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        JFileChooser chooser = new JFileChooser(dir.toFile());
        FileNameExtensionFilter yaml = new FileNameExtensionFilter("YAML", "yaml", "yml");
        chooser.setFileFilter(yaml);
        chooser.setSelectedFile(
                dir.resolve(state.source().scenario().name() + "-explored.yaml").toFile());
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = chooser.getSelectedFile().toPath();
        Path target = chosen.getFileName().toString().matches(".*\\.ya?ml")
                ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".yaml");
        run(
                () -> {
                    ScenarioWriter.write(state.source(), file, target, state.overrides(), firstProjectedYear);
                    return target.toString();
                },
                path -> text.text("saved", path),
                notice);
    }

    private static void run(Callable<String> work, java.util.function.UnaryOperator<String> success, Notice notice) {
        new SwingWorker<String, Void>() {
            @Override
            protected String doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                try {
                    notice.show(success.apply(get()), false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = cause instanceof InputException ie
                            ? String.join("; ", ie.lines())
                            : cause.getClass().getSimpleName()
                                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                    notice.show(message, true);
                }
            }
        }.execute();
    }
}

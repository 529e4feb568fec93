package org.targetcast.app.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.targetcast.app.report.ChartOutput;
import org.targetcast.charts.ChartExporter;
import org.targetcast.charts.ChartPreset;
import org.targetcast.charts.Lang;
import org.targetcast.engine.io.InputException;
import picocli.CommandLine.Option;

/** The chart options shared by every command that writes charts. */
public final class ChartOptions {
    @Option(
            names = "--lang",
            paramLabel = "en|zh",
            defaultValue = "en",
            converter = LangConverter.class,
            description =
                    "Language of the output: what the command prints, the report and the charts (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(
            names = "--preset",
            paramLabel = "web|slides|print",
            defaultValue = "web",
            description =
                    "Chart size: web (1000x600), slides (1920x1080, large type) or print (300 DPI) (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(
            names = "--formats",
            paramLabel = "LIST",
            hideParamSyntax = true,
            split = ",",
            defaultValue = "png,svg",
            description =
                    "Files written per chart, comma-separated: png, svg, pdf (text kept as text) or pptx (a slide with an editable "
                            + "chart) (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    /**
     * @return the chart output these options describe
     * @throws InputException for an unknown preset or format, or Chinese labels without a CJK font
     */
    public ChartOutput output() {
        ChartPreset p;
        try {
            p = ChartPreset.valueOf(preset.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InputException.at("--preset", 0, 0, "", "expected web, slides or print, found '" + preset + "'");
        }
        EnumSet<ChartExporter.Format> f = EnumSet.noneOf(ChartExporter.Format.class);
        for (String s : formats) {
            try {
                f.add(ChartExporter.Format.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw InputException.at("--formats", 0, 0, "", "expected png, svg, pdf or pptx, found '" + s + "'");
            }
        }
        return new ChartOutput(p, f, lang);
    }
}

package org.targetcast.app.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.targetcast.app.ScenarioResult;
import org.targetcast.app.cli.Version;
import org.targetcast.app.io.InputException;
import org.targetcast.charts.ChartException;
import org.targetcast.charts.ChartExporter;
import org.targetcast.charts.ChartPreset;
import org.targetcast.charts.Fonts;
import org.targetcast.charts.Lang;
import org.targetcast.charts.ShareTrajectoryChart;
import org.targetcast.charts.TargetMark;
import org.targetcast.model.target.ShareTarget;

/** Writes the charts of a run into the output folder. */
public final class ChartFiles {
    private ChartFiles() {
    }

    /**
     * Fails early, before anything is written, if Chinese labels are asked for and no CJK font is installed.
     *
     * @param lang the label language
     * @throws InputException naming the font packages that would help
     */
    public static void checkLanguage(Lang lang) {
        try {
            Fonts.family(lang);
        } catch (ChartException e) {
            throw InputException.at("--lang", 0, 0, "", e.getMessage());
        }
    }

    /**
     * One share-trajectory chart per scenario (history, projection, share targets), PNG and SVG, under
     * {@code charts/}.
     *
     * @param results scenario results
     * @param lang label language
     * @param folder the output folder being written
     * @return the files written, relative to the folder
     */
    public static List<String> shareCharts(List<ScenarioResult> results, Lang lang, OutputFolder folder) {
        List<String> written = new ArrayList<>();
        ChartExporter exporter = ChartExporter.of(ChartPreset.WEB).withFormats(ChartExporter.Format.PNG, ChartExporter.Format.SVG);
        for (ScenarioResult r : results) {
            var s = r.loaded().scenario();
            List<TargetMark> marks = s.targets().stream().filter(ShareTarget.class::isInstance).map(ShareTarget.class::cast)
                    .map(t -> TargetMark.of(t.year(), t.share())).toList();
            ShareTrajectoryChart chart = ShareTrajectoryChart.of(r.history().share(), r.projection().projectedShare())
                    .withTargets(marks).withLang(lang).withSubtitle(s.title())
                    .withFooter("targetcast " + Version.get() + " · scenario " + r.loaded().file() + " sha256:"
                            + r.loaded().sha256().substring(0, 12));
            String base = "charts/" + s.name() + "-share";
            Path basePath = folder.resolve(base);
            for (Path p : exporter.write(chart.toXChart(ChartPreset.WEB), basePath)) {
                written.add(folder.staging().relativize(p).toString().replace('\\', '/'));
            }
        }
        return written;
    }
}

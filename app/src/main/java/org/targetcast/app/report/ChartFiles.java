package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.app.ScenarioResult;
import org.targetcast.app.cli.Version;
import org.targetcast.app.io.InputException;
import org.targetcast.charts.ChartException;
import org.targetcast.charts.FanBands;
import org.targetcast.charts.FanChart;
import org.targetcast.charts.Fonts;
import org.targetcast.charts.Lang;
import org.targetcast.charts.ShareTrajectoryChart;
import org.targetcast.charts.TargetMark;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.QuantileLevels;
import org.targetcast.model.simulation.TargetOutlook;
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
    public static List<String> shareCharts(List<ScenarioResult> results, ChartOutput output, OutputFolder folder) {
        List<String> written = new ArrayList<>();
        Lang lang = output.lang();
        for (ScenarioResult r : results) {
            var s = r.loaded().scenario();
            List<TargetMark> marks = s.targets().stream().filter(ShareTarget.class::isInstance).map(ShareTarget.class::cast)
                    .map(t -> TargetMark.of(t.year(), t.share())).toList();
            ShareTrajectoryChart chart = ShareTrajectoryChart.of(r.history().share(), r.projection().projectedShare())
                    .withTargets(marks).withLang(lang).withSubtitle(s.title())
                    .withFooter(footer(r));
            written.addAll(output.write(chart::toXChart, folder, "charts/" + s.name() + "-share"));
            if (r.outlook() != null) {
                written.addAll(output.write(fanChart(r, lang)::toXChart, folder, "charts/" + s.name() + "-fan"));
            }
        }
        return written;
    }

    /**
     * The fan chart of one scenario: history, median and bands at 10 % steps to 80 %, the share targets
     * with their probabilities.
     */
    static FanChart fanChart(ScenarioResult r, Lang lang) {
        Outlook o = r.outlook();
        FanBands bands = FanBands.contiguous(o.firstYear(), QuantileLevels.levels(), o.quantiles());
        List<TargetMark> marks = new ArrayList<>();
        for (TargetOutlook t : o.targets()) {
            if (t.target() instanceof ShareTarget st) {
                marks.add(TargetMark.of(st.year(), st.share()).withProbability(t.probability()));
            }
        }
        return FanChart.of(r.history().share(), bands).withTargets(marks).withLang(lang)
                .withSubtitle(r.loaded().scenario().title()).withFooter(footer(r));
    }

    static String footer(ScenarioResult r) {
        String s = "targetcast " + Version.get() + " · scenario " + r.loaded().file() + " sha256:" + r.loaded().sha256().substring(0, 12);
        return r.outlook() == null ? s : s + " · " + r.outlook().paths() + " paths, seed " + r.outlook().seed();
    }
}

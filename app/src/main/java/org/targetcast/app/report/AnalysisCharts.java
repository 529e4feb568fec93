package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.charts.ChartFrame;
import org.targetcast.charts.Labels;
import org.targetcast.charts.Lang;
import org.targetcast.charts.ProbabilityGrid;
import org.targetcast.charts.ProbabilityMapChart;
import org.targetcast.charts.ScenarioOverlayChart;
import org.targetcast.charts.ScenarioPath;
import org.targetcast.charts.SensitivityBar;
import org.targetcast.charts.TargetMark;
import org.targetcast.charts.TornadoChart;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.text.ProvenanceText;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Version;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.analysis.Sensitivity;
import org.targetcast.model.analysis.Sweep;
import org.targetcast.model.assessment.Provenance;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.QuantileLevels;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/** The charts of the planner analyses: probability map (sweep), tornado (sensitivity), scenario overlay (compare). */
public final class AnalysisCharts {
    /** The comparison of a run's scenarios, in a run's output folder. */
    static final String COMPARE = "charts/compare";

    private AnalysisCharts() {}

    /**
     * @param r the sweep
     * @param s the scenario swept
     * @param provenance how to re-run the sweep, for the footer
     * @param target the target
     * @param output chart size, formats and language
     * @param folder where to write {@code sweep.png} and {@code sweep.svg}
     * @return the files written
     */
    public static List<String> probabilityMap(
            Sweep.Result r,
            LoadedScenario s,
            Provenance provenance,
            Target target,
            ChartOutput output,
            OutputFolder folder) {
        Lang lang = output.lang();
        ProbabilityGrid grid = new ProbabilityGrid(
                axisLabel(r.x(), lang),
                r.xs(),
                axisLabel(r.y(), lang),
                r.ys(),
                r.probability(),
                Glossary.target(target, lang));
        // a growth path may vary by year; the sweep sets one growth for every projected year, so the point is its mean
        String years = r.x().isGrowth() || r.y().isGrowth()
                ? r.firstYear() + "–" + s.scenario().horizon()
                : null;
        ProbabilityMapChart chart = ProbabilityMapChart.of(grid)
                .withScenarioPoint(new ProbabilityMapChart.ScenarioPoint(r.scenarioX(), r.scenarioY(), years))
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, s.title(lang == Lang.ZH))
                        .with(ChartFrame.Text.FOOTER, ProvenanceText.footer(provenance, lang))
                        .withLang(output.lang()));
        return output.write(chart::toXChart, folder, "sweep");
    }

    /**
     * @param r the sensitivity result
     * @param s the scenario
     * @param provenance how to re-run the sensitivity run, for the footer
     * @param target the target
     * @param output chart size, formats and language
     * @param folder where to write {@code sensitivity.png} and {@code .svg}
     * @return the files written
     */
    public static List<String> tornado(
            Sensitivity.Result r,
            LoadedScenario s,
            Provenance provenance,
            Target target,
            ChartOutput output,
            OutputFolder folder) {
        Lang lang = output.lang();
        Labels labels = Labels.of(lang);
        List<SensitivityBar> bars = new ArrayList<>();
        for (Sensitivity.Bar b : r.bars()) {
            String name = b.factor() instanceof Assumption a
                    ? Glossary.assumption(a, lang)
                    : labels.factor(b.factor().key());
            bars.add(new SensitivityBar(name, end(labels, b, true), b.atLow(), end(labels, b, false), b.atHigh()));
        }
        TornadoChart chart = TornadoChart.of(bars, r.base())
                .withAxisTitle(Glossary.probabilityName(target, lang))
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, s.title(lang == Lang.ZH))
                        .with(ChartFrame.Text.FOOTER, ProvenanceText.footer(provenance, lang))
                        .withLang(lang));
        return output.write(chart::toXChart, folder, "sensitivity");
    }

    /**
     * @param labels the chart's labels
     * @param b a sensitivity bar
     * @param low whether the low end
     * @return how that end reads: an assumption's value ({@code 6.0%}) or a choice's option ({@code log-linear})
     */
    public static String end(Labels labels, Sensitivity.Bar b, boolean low) {
        if (b.factor() instanceof Assumption a) {
            return Formats.assumption(a, low ? b.low() : b.high());
        }
        return labels.option(low ? b.lowOption() : b.highOption());
    }

    /**
     * @param results scenarios compared (the first one's history is drawn)
     * @param folder where to write {@code compare.png} and {@code .svg}
     */
    public static List<String> overlay(List<ScenarioResult> results, ChartOutput output, OutputFolder folder) {
        return overlay(results, output, folder, "compare");
    }

    /**
     * @param results scenarios compared (the first one's history is drawn)
     * @param output chart size, formats and language
     * @param folder the output folder being written
     * @param base the files' name without extension, relative to the folder
     * @return the files written
     */
    public static List<String> overlay(
            List<ScenarioResult> results, ChartOutput output, OutputFolder folder, String base) {
        return drawOverlay(results, output, folder, base).files();
    }

    /**
     * @param results scenarios compared (the first one's history is drawn)
     * @param output chart size, formats and language
     * @param folder the output folder being written
     * @param base the files' name without extension, relative to the folder
     * @return the files written and the image a report embeds
     */
    static WrittenChart drawOverlay(
            List<ScenarioResult> results, ChartOutput output, OutputFolder folder, String base) {
        List<ScenarioPath> paths = new ArrayList<>();
        for (ScenarioResult r : results) {
            Outlook o = r.outlook();
            AnnualSeries central = r.projection().projectedShare();
            if (o == null) {
                paths.add(ScenarioPath.of(legendName(r, output.lang()), central));
            } else {
                double[] lo = new double[o.quantiles().length];
                double[] hi = new double[o.quantiles().length];
                int lower = QuantileLevels.indexOf(0.10);
                int upper = QuantileLevels.indexOf(0.90);
                for (int k = 0; k < lo.length; k++) {
                    lo[k] = o.quantiles()[k][lower];
                    hi[k] = o.quantiles()[k][upper];
                }
                paths.add(new ScenarioPath(
                        legendName(r, output.lang()),
                        central,
                        AnnualSeries.contiguous("lower", o.firstYear(), lo),
                        AnnualSeries.contiguous("upper", o.firstYear(), hi)));
            }
        }
        List<TargetMark> marks = results.get(0).loaded().scenario().targets().stream()
                .filter(ShareTarget.class::isInstance)
                .map(ShareTarget.class::cast)
                .map(t -> TargetMark.of(t.year(), t.share()))
                .toList();
        ScenarioOverlayChart chart = ScenarioOverlayChart.of(
                        results.get(0).history().share(), paths)
                .withTargets(marks)
                .withFrame(
                        f -> f.with(ChartFrame.Text.FOOTER, Glossary.term("footer.tool", output.lang(), Version.get()))
                                .withLang(output.lang()));
        return output.draw(ChartFiles.marked(chart::toXChart, results.get(0), output.lang()), folder, base);
    }

    /** The map plots axis values in percent: right for rates; a correlation reads as "× 100". */
    private static String axisLabel(org.targetcast.model.analysis.Assumption a, Lang lang) {
        return Glossary.assumption(a, lang)
                + (a.isRate() ? (lang == Lang.ZH ? "（%）" : " (%)") : (lang == Lang.ZH ? "（× 100）" : " (× 100)"));
    }

    /** A scenario in a legend: its name, or in Chinese its Chinese title where the file gives one. */
    private static String legendName(ScenarioResult r, Lang lang) {
        return lang == Lang.ZH && !r.loaded().chinese().title().isEmpty()
                ? r.loaded().chinese().title()
                : r.loaded().scenario().name();
    }
}

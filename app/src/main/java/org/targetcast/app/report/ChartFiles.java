package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.knowm.xchart.XYChart;
import org.targetcast.charts.ChartFrame;
import org.targetcast.charts.ChartPreset;
import org.targetcast.charts.ComponentsChart;
import org.targetcast.charts.DecompositionChart;
import org.targetcast.charts.EstimatedYears;
import org.targetcast.charts.FanBands;
import org.targetcast.charts.FanChart;
import org.targetcast.charts.Lang;
import org.targetcast.charts.ShareDistribution;
import org.targetcast.charts.ShareHistogramChart;
import org.targetcast.charts.ShareTrajectoryChart;
import org.targetcast.charts.TargetMark;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.text.ProvenanceText;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Version;
import org.targetcast.model.analysis.ShareDecomposition;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.QuantileLevels;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/** Writes the charts of a run into the output folder. */
public final class ChartFiles {
    private ChartFiles() {}

    /**
     * A run's charts of one scenario, in the order their files are listed: its share trajectory (history,
     * projection, share targets), components and decomposition, then with an outlook its fan chart and a
     * histogram per single-year share target, all under {@code charts/}.
     *
     * @param r the scenario result
     * @param output the charts' language, formats and preset
     * @param folder the output folder being written
     * @return the charts to draw
     */
    public static List<ChartBatch.Job> scenarioCharts(ScenarioResult r, ChartOutput output, OutputFolder folder) {
        Lang lang = output.lang();
        List<ChartBatch.Job> charts = new ArrayList<>();
        String base = "charts/" + r.loaded().scenario().name();
        charts.add(job(output, folder, base + "-share", () -> marked(shareChart(r, lang)::toXChart, r, lang)));
        charts.add(job(output, folder, base + "-components", () -> componentsChart(r, lang)::toXChart));
        charts.add(job(output, folder, base + "-decomposition", () -> decompositionChart(r, lang)::toXChart));
        if (r.outlook() != null) {
            charts.add(job(output, folder, base + "-fan", () -> marked(fanChart(r, lang)::toXChart, r, lang)));
            for (TargetOutlook t : r.outlook().targets()) {
                if (t.target() instanceof ShareTarget st && !st.reachedBy()) {
                    charts.add(job(
                            output,
                            folder,
                            base + "-histogram-" + st.year(),
                            () -> histogramChart(r, st, t, lang)::toXChart));
                }
            }
        }
        return charts;
    }

    /**
     * @param results every scenario of a run
     * @param output chart size, formats and language
     * @param folder the output folder being written
     * @return the comparison of the scenarios, {@code charts/compare}, listed after the scenarios' charts
     */
    public static ChartBatch.Job compareChart(List<ScenarioResult> results, ChartOutput output, OutputFolder folder) {
        return new ChartBatch.Job(
                AnalysisCharts.COMPARE,
                () -> AnalysisCharts.drawOverlay(results, output, folder, AnalysisCharts.COMPARE));
    }

    /**
     * @param results the scenarios of a run
     * @return the charts in the order the report shows them, the order to draw them in when several wait
     */
    public static List<String> reportOrder(List<ScenarioResult> results) {
        return ReportBuilder.figureOrder(results);
    }

    /** A chart built, drawn and written on the thread that runs the job. */
    private static ChartBatch.Job job(
            ChartOutput output, OutputFolder folder, String base, Supplier<Function<ChartPreset, XYChart>> chart) {
        return new ChartBatch.Job(base, () -> output.draw(chart.get(), folder, base));
    }

    /**
     * One kind of chart for one scenario, named {@code <scenario>-<kind>} (histograms add the year).
     *
     * @param r the scenario result
     * @param kind fan, share, components, decomposition or histogram
     * @param year for a histogram, its year; null for each single-year share target's year
     * @param output chart size, formats and language
     * @param folder the output folder being written
     * @return the files written
     * @throws InputException if the kind needs an uncertainty outlook the run did not compute, or the year
     *     is not projected
     */
    public static List<String> one(
            ScenarioResult r, String kind, Integer year, ChartOutput output, OutputFolder folder) {
        Lang lang = output.lang();
        String base = r.loaded().scenario().name() + "-" + kind;
        if ((kind.equals("fan") || kind.equals("histogram")) && r.outlook() == null) {
            throw InputException.at("--kind", 0, 0, "", kind + " needs the uncertainty; drop --deterministic");
        }
        return switch (kind) {
            case "fan" -> output.write(marked(fanChart(r, lang)::toXChart, r, lang), folder, base);
            case "share" -> output.write(marked(shareChart(r, lang)::toXChart, r, lang), folder, base);
            case "components" -> output.write(componentsChart(r, lang)::toXChart, folder, base);
            case "decomposition" -> output.write(decompositionChart(r, lang)::toXChart, folder, base);
            default -> histograms(r, year, output, folder, base);
        };
    }

    private static List<String> histograms(
            ScenarioResult r, Integer year, ChartOutput output, OutputFolder folder, String base) {
        List<String> written = new ArrayList<>();
        if (year != null
                && (year < r.outlook().firstYear() || year > r.projection().horizon())) {
            throw InputException.at(
                    "--year",
                    0,
                    0,
                    "",
                    "expected a projected year, " + r.outlook().firstYear() + " to "
                            + r.projection().horizon() + ", found " + year);
        }
        for (TargetOutlook t : r.outlook().targets()) {
            if (t.target() instanceof ShareTarget st && !st.reachedBy() && (year == null || year == st.year())) {
                written.addAll(output.write(
                        histogramChart(r, st, t, output.lang())::toXChart, folder, base + "-" + st.year()));
            }
        }
        if (written.isEmpty()) {
            throw InputException.at(
                    "--year",
                    0,
                    0,
                    "",
                    "no single-year share target in " + year + " in "
                            + r.loaded().file()
                            + "; its share targets are in "
                            + r.loaded().scenario().targets().stream()
                                    .filter(ShareTarget.class::isInstance)
                                    .map(t -> String.valueOf(t.year()))
                                    .toList());
        }
        return written;
    }

    /** The central path of one scenario with its share targets. */
    /**
     * @param draw builds a chart that draws the scenario's share history
     * @param r the scenario result
     * @param lang label language
     * @return the same chart with the history's estimated years marked ({@link EstimatedYears})
     */
    static java.util.function.Function<org.targetcast.charts.ChartPreset, org.knowm.xchart.XYChart> marked(
            java.util.function.Function<org.targetcast.charts.ChartPreset, org.knowm.xchart.XYChart> draw,
            ScenarioResult r,
            Lang lang) {
        return preset -> EstimatedYears.mark(
                draw.apply(preset), r.history().share(), r.history().estimatedYears(), lang, preset);
    }

    static ShareTrajectoryChart shareChart(ScenarioResult r, Lang lang) {
        var s = r.loaded().scenario();
        List<TargetMark> marks = s.targets().stream()
                .filter(ShareTarget.class::isInstance)
                .map(ShareTarget.class::cast)
                .map(t -> TargetMark.of(t.year(), t.share()))
                .toList();
        return ShareTrajectoryChart.of(r.history().share(), r.projection().projectedShare())
                .withTargets(marks)
                .withFrame(frame(r, lang));
    }

    /** The levels of digital, other and total services trade, observed and projected. */
    static ComponentsChart componentsChart(ScenarioResult r, Lang lang) {
        return ComponentsChart.of(
                        r.history().digital(),
                        r.history().other(),
                        r.projection().projectedDigital(),
                        r.projection().projectedOther())
                .withTargetYears(r.loaded().scenario().targets().stream()
                        .map(Target::year)
                        .distinct()
                        .toList())
                .withFrame(frame(r, lang));
    }

    /** Each year's change of the share split into digital and other growth (Shapley), from the second year of data. */
    static DecompositionChart decompositionChart(ScenarioResult r, Lang lang) {
        ShareDecomposition d = ShareDecomposition.of(
                r.projection(), r.history().firstYear() + 1, r.projection().horizon());
        return DecompositionChart.of(d.years(), d.digital(), d.other(), d.total())
                .withFrame(frame(r, lang));
    }

    /**
     * The distribution of the share in a target's year, in bins of one percentage point over the range
     * that holds all but 0.05 % of the probability, with the target and its probability.
     */
    static ShareHistogramChart histogramChart(ScenarioResult r, ShareTarget target, TargetOutlook outlook, Lang lang) {
        double[] fine = r.outlook().shareMass(target.year());
        int group = 4;
        int n = fine.length / group;
        double[] mass = new double[n];
        for (int i = 0; i < fine.length; i++) {
            mass[i / group] += fine[i];
        }
        int lo = 0;
        double tail = 0;
        while (lo < n - 1 && tail + mass[lo] < 0.00025) {
            tail += mass[lo++];
        }
        int hi = n - 1;
        tail = 0;
        while (hi > lo && tail + mass[hi] < 0.00025) {
            tail += mass[hi--];
        }
        lo = Math.min(lo, (int) Math.floor(target.share() * n) - 1);
        hi = Math.max(hi, (int) Math.ceil(target.share() * n));
        lo = Math.max(0, lo);
        hi = Math.min(n - 1, hi);
        double[] edges = new double[hi - lo + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = (double) (lo + i) / n;
        }
        double[] kept = java.util.Arrays.copyOfRange(mass, lo, hi + 1);
        return ShareHistogramChart.of(
                        ShareDistribution.fromMass(target.year(), edges, kept),
                        TargetMark.of(target.year(), target.share()).withProbability(outlook.probability()))
                .withFrame(frame(r, lang));
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
        return FanChart.of(r.history().share(), bands).withTargets(marks).withFrame(frame(r, lang));
    }

    /** The frame of a scenario's charts: its title as the subtitle, its provenance as the footer. */
    static ChartFrame frame(ScenarioResult r, Lang lang) {
        return ChartFrame.defaults()
                .withLang(lang)
                .with(ChartFrame.Text.SUBTITLE, r.loaded().title(lang == Lang.ZH))
                .with(ChartFrame.Text.FOOTER, footer(r, lang));
    }

    static String footer(ScenarioResult r, Lang lang) {
        return ProvenanceText.footer(r.provenance(Version.get()), lang);
    }
}

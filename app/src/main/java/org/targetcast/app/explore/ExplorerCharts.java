package org.targetcast.app.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.targetcast.charts.ChartFrame;
import org.targetcast.charts.ChartPreset;
import org.targetcast.charts.EstimatedYears;
import org.targetcast.charts.FanBands;
import org.targetcast.charts.FanChart;
import org.targetcast.charts.Lang;
import org.targetcast.charts.TargetMark;
import org.targetcast.engine.text.ProvenanceText;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.simulation.QuantileLevels;
import org.targetcast.model.target.ShareTarget;

/** The fan chart of an explorer result: the same chart as {@code run} writes, for the explored state. */
public final class ExplorerCharts {
    private ExplorerCharts() {}

    /**
     * @param r a result
     * @param lang label language
     * @return its fan chart: history, median and bands, the share targets with their probabilities; the
     *     subtitle names the assumptions moved, the footer the scenario file and the method
     */
    public static FanChart fan(ExplorerResult r, Lang lang) {
        FanBands bands = FanBands.contiguous(r.firstYear(), QuantileLevels.levels(), r.quantiles());
        List<TargetMark> marks = new ArrayList<>();
        for (ExplorerResult.Row row : r.rows()) {
            if (row.target() instanceof ShareTarget st) {
                marks.add(TargetMark.of(st.year(), st.share()).withProbability(row.probability()));
            }
        }
        String footer = ProvenanceText.footer(r.provenance(), lang)
                + (r.exact() ? " · " + UiText.of(lang).text("closed.form") : "");
        return FanChart.of(r.projection().history().share(), bands)
                .withTargets(marks)
                .withFrame(f -> f.withLang(lang)
                        .with(ChartFrame.Text.SUBTITLE, subtitle(r, UiText.of(lang)))
                        .with(ChartFrame.Text.FOOTER, footer));
    }

    /**
     * @param r a result
     * @param lang label language
     * @return draws its fan chart at a preset with the history's estimated years marked, as {@code run} does
     */
    public static Function<ChartPreset, XYChart> drawn(ExplorerResult r, Lang lang) {
        FanChart fan = fan(r, lang);
        var history = r.projection().history();
        return preset ->
                EstimatedYears.mark(fan.toXChart(preset), history.share(), history.estimatedYears(), lang, preset);
    }

    /**
     * @param r a result
     * @param text the words of the chart's language
     * @return the scenario's title, then the assumptions moved, e.g. {@code Baseline · digital growth 9.0 %}
     */
    static String subtitle(ExplorerResult r, UiText text) {
        StringBuilder s = new StringBuilder(r.state().source().title(text.lang() == Lang.ZH));
        for (Map.Entry<Assumption, Double> e : r.state().overrides().entrySet()) {
            s.append(" · ")
                    .append(text.assumption(e.getKey()).toLowerCase(java.util.Locale.ROOT))
                    .append(' ')
                    .append(format(e.getKey(), e.getValue()));
        }
        return s.toString();
    }

    /**
     * @param a an assumption
     * @param v its value
     * @return the value as shown: rates in percent with one decimal ({@code 9.0 %}), the correlation with two
     */
    public static String format(Assumption a, double v) {
        return a.isRate() ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : String.format(Locale.ROOT, "%.2f", v);
    }
}

package org.targetcast.charts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

/**
 * Marks the estimated years of a drawn history (years whose value is not a published figure: chain-linked,
 * carried by a growth rate, taken from another basis): a hollow circle on the history line at each, and
 * one legend entry, {@link Labels#LEGEND_ESTIMATED}. Works on any chart that draws the share history in
 * percent against the year: the fan, share-trajectory and scenario-overlay charts.
 *
 * <pre>{@code
 * XYChart chart = EstimatedYears.mark(ShareTrajectoryChart.of(history, projection).toXChart(preset),
 *         history, Set.of(2010, 2011), Lang.EN, preset);
 * }</pre>
 */
public final class EstimatedYears {
    /** The name of the added series. */
    public static final String SERIES = "estimated";

    private EstimatedYears() {}

    /**
     * @param chart a built chart whose history is drawn as share in percent against the year
     * @param historyShare the history drawn, fractions
     * @param years the estimated years (years outside the history are ignored)
     * @param lang language of the legend entry
     * @param preset sizes (the marker size is the chart's, set from the preset)
     * @return {@code chart}, with the series {@link #SERIES} added if any estimated year is in the history
     */
    public static XYChart mark(
            XYChart chart,
            org.targetcast.model.series.AnnualSeries historyShare,
            Collection<Integer> years,
            Lang lang,
            ChartPreset preset) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(historyShare, "historyShare");
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int year : new TreeSet<>(years)) {
            var v = historyShare.valueAt(year);
            if (v.isPresent()) {
                x.add((double) year);
                y.add(100 * v.getAsDouble());
            }
        }
        if (x.isEmpty()) {
            return chart;
        }
        XYSeries s = chart.addSeries(SERIES, x, y);
        s.setLabel(Labels.of(lang).text(Labels.LEGEND_ESTIMATED));
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(new HollowCircle());
        s.setMarkerColor(Palette.HISTORY);
        return chart;
    }
}

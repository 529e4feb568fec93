package org.targetcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.targetcast.model.series.AnnualSeries;

/**
 * The house style shared by the share charts: colours, strokes, the XChart styler settings, target marks,
 * the y-axis rule and small array helpers. Not API.
 */
final class ChartStyle {
    /** Colour of observed history. */
    static final Color HISTORY_COLOR = new Color(0x1F, 0x4E, 0x79);
    /** Colour of a projection line. */
    static final Color PROJECTION_COLOR = new Color(0x2E, 0x86, 0xC1);
    private static final Color[] TARGET_COLORS = {
        new Color(0xC0, 0x39, 0x2B), new Color(0x8E, 0x44, 0xAD), new Color(0xD3, 0x54, 0x00)};
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);

    private ChartStyle() {
    }

    /**
     * @param index position of the target in the chart's target list
     * @return the name of that target's marker series
     */
    static String targetSeries(int index) {
        return "target." + index;
    }

    /**
     * @param index position of the target in the chart's target list
     * @return the name of that target's guide series (not in the legend)
     */
    static String targetGuideSeries(int index) {
        return "target." + index + ".guide";
    }

    /** Applies the house style: white, light horizontal grid, legend below, years without grouping. */
    static void style(XYStyler s, String family, ChartPreset preset) {
        s.setChartTitleVisible(false);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(TEXT);
        s.setAxisTickLabelsColor(TEXT);
        s.setPlotGridVerticalLinesVisible(false);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(Math.max(0.5f, preset.lineWidth() * 0.3f)));
        s.setAxisTicksLineVisible(false);
        s.setAxisTicksMarksVisible(false);
        s.setChartPadding(preset.padding());
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPadding(Math.round(preset.legendSize() * 1.5f));
        s.setLegendSeriesLineLength(Math.round(preset.legendSize() * 3f));
        s.setMarkerSize(preset.markerSize());
        s.setLocale(Locale.ROOT);
        s.setXAxisDecimalPattern("#");
        s.setYAxisDecimalPattern("#");
        s.setAxisTitlePadding(Math.round(preset.axisTitleSize() * 0.6f));
        s.setAxisTickPadding(Math.round(preset.tickLabelSize() * 0.4f));
        s.setChartTitleFont(font(family, Font.BOLD, preset.titleSize()));
        s.setAxisTitleFont(font(family, Font.PLAIN, preset.axisTitleSize()));
        s.setAxisTickLabelsFont(font(family, Font.PLAIN, preset.tickLabelSize()));
        s.setLegendFont(font(family, Font.PLAIN, preset.legendSize()));
        s.setAnnotationTextFont(font(family, Font.PLAIN, preset.legendSize()));
        s.setBaseFont(font(family, Font.PLAIN, preset.tickLabelSize()));
    }

    /**
     * Adds a line without markers.
     *
     * @return the series, for further settings
     */
    static XYSeries addLine(XYChart chart, String name, String label, double[] x, double[] y, Color color, BasicStroke stroke) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setLabel(label);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(stroke);
        return s;
    }

    /**
     * Marks each target: a diamond at (year, target) in the legend, and for a target after
     * {@code guideFromYear} a dashed guide at the target level from that year (not in the legend).
     * Series are named {@link #targetSeries(int)} and {@link #targetGuideSeries(int)}.
     */
    static void addTargets(XYChart chart, List<TargetMark> targets, int guideFromYear, Labels labels, ChartPreset preset) {
        float lw = preset.lineWidth();
        for (int i = 0; i < targets.size(); i++) {
            TargetMark t = targets.get(i);
            Color color = TARGET_COLORS[i % TARGET_COLORS.length];
            BasicStroke guideStroke = dashed(lw * 0.6f, 2f, 2f);
            if (t.year() > guideFromYear) {
                XYSeries guide = addLine(chart, targetGuideSeries(i), targetGuideSeries(i),
                        new double[] {guideFromYear, t.year()}, new double[] {t.percent(), t.percent()}, color, guideStroke);
                guide.setShowInLegend(false);
            }
            XYSeries mark = chart.addSeries(targetSeries(i), new double[] {t.year()}, new double[] {t.percent()});
            mark.setLabel(t.labelIn(labels));
            // A one-point Line series draws only its marker in the plot, and in the legend a dashed line
            // through the marker (the guide and the mark). XChart 3.8.8 lays out Scatter legend entries
            // too narrow, so that their text runs into the next entry.
            mark.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            mark.setMarker(SeriesMarkers.DIAMOND);
            mark.setMarkerColor(color);
            mark.setLineColor(color);
            mark.setLineStyle(guideStroke);
        }
    }

    /**
     * @param lo lowest plotted value, percent
     * @param hi highest plotted value, percent
     * @return {@code {min, max}} of the y axis in percent: {@code lo - 2} and {@code hi + 3}, rounded
     *     outwards to multiples of 5 and kept within [0, 100]
     */
    static double[] yAxisRange(double lo, double hi) {
        return new double[] {Math.max(0, 5 * Math.floor((lo - 2) / 5)), Math.min(100, 5 * Math.ceil((hi + 3) / 5))};
    }

    static Font font(String family, int style, float size) {
        return new Font(family, style, 1).deriveFont(size);
    }

    static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width, float dash, float gap) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {dash * width, gap * width}, 0f);
    }

    /**
     * @throws ChartException naming the role, series, year and value of the first share outside (0, 1)
     */
    static void requireShares(String role, AnnualSeries series) {
        for (int i = 0; i < series.size(); i++) {
            double v = series.value(i);
            if (!(v > 0 && v < 1)) {
                throw ChartException.of("%s share %s for %d = %s is outside (0, 1); shares are fractions, e.g. 0.445",
                        role, series.name(), series.year(i), v);
            }
        }
    }

    static double[] toDoubles(int[] years) {
        double[] d = new double[years.length];
        for (int i = 0; i < years.length; i++) {
            d[i] = years[i];
        }
        return d;
    }

    static double[] percent(double[] shares) {
        double[] p = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            p[i] = shares[i] * 100;
        }
        return p;
    }

    static double[] prepend(double first, double[] rest) {
        double[] all = new double[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}

package org.targetcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.targetcast.model.series.AnnualSeries;

/**
 * The house style shared by the charts: colours, strokes, the XChart styler settings, target marks,
 * polygons, the legend at the right, percent tick labels, the y-axis rule and small array helpers. Not API.
 */
final class ChartStyle {
    /** Width of XChart's legend box for filled series, points (XChart 3.8.8 {@code Legend_.BOX_SIZE}). */
    static final int LEGEND_BOX = 20;

    private ChartStyle() {}

    /** Applies the house style: white, light horizontal grid, legend below, years without grouping. */
    static void style(XYStyler s, String family, ChartPreset preset) {
        s.setChartTitleVisible(false);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(Palette.CHARCOAL);
        s.setAxisTickLabelsColor(Palette.CHARCOAL);
        s.setPlotGridVerticalLinesVisible(false);
        s.setPlotGridLinesColor(Palette.GRID);
        s.setPlotGridLinesStroke(new BasicStroke(Math.max(0.5f, preset.lineWidth() * 0.3f)));
        s.setAxisTicksLineVisible(false);
        s.setAxisTicksMarksVisible(false);
        s.setChartPadding(preset.padding());
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPadding(Math.round(preset.type().legend() * 1.5f));
        s.setLegendSeriesLineLength(Math.round(preset.type().legend() * 3f));
        s.setMarkerSize(preset.markerSize());
        s.setLocale(Locale.ROOT);
        s.setXAxisDecimalPattern("#");
        s.setYAxisDecimalPattern("#");
        s.setAxisTitlePadding(Math.round(preset.type().axisTitle() * 0.6f));
        s.setAxisTickPadding(Math.round(preset.type().tickLabel() * 0.4f));
        s.setChartTitleFont(font(family, Font.BOLD, preset.type().title()));
        s.setAxisTitleFont(font(family, Font.PLAIN, preset.type().axisTitle()));
        s.setAxisTickLabelsFont(font(family, Font.PLAIN, preset.type().tickLabel()));
        s.setLegendFont(font(family, Font.PLAIN, preset.type().legend()));
        s.setAnnotationTextFont(font(family, Font.PLAIN, preset.type().legend()));
        s.setBaseFont(font(family, Font.PLAIN, preset.type().tickLabel()));
    }

    /**
     * Sets the axes of a chart over the years: x from the first to the last year, labelled at every target
     * year and at a regular step between ({@link YearTicks}), y over the range given. Call after placing the
     * legend: a legend at the right leaves the years less room.
     *
     * @param s the chart's styler
     * @param preset the preset the chart is laid out for
     * @param years {@code {first, last}} year, e.g. from {@link Extent#years}
     * @param y {@code {min, max}} of the value axis
     * @param targets the targets marked, whose years are labelled
     */
    static void yearAxes(XYStyler s, ChartPreset preset, int[] years, double[] y, List<TargetMark> targets) {
        s.setXAxisMin((double) years[0]);
        s.setXAxisMax((double) years[1]);
        s.setYAxisMin(y[0]);
        s.setYAxisMax(y[1]);
        YearTicks.apply(s, preset, years[0], years[1], years[1], targetYears(targets));
    }

    /**
     * @param targets targets of a chart
     * @return their years, in their order
     */
    static List<Integer> targetYears(List<TargetMark> targets) {
        return targets.stream().map(TargetMark::year).toList();
    }

    /**
     * Adds a line without markers.
     *
     * @return the series, for further settings
     */
    static XYSeries addLine(
            XYChart chart, String name, String label, double[] x, double[] y, Color color, BasicStroke stroke) {
        XYSeries s = unmarked(chart, name, label, x, y, XYSeriesRenderStyle.Line);
        s.setLineColor(color);
        s.setLineStyle(stroke);
        return s;
    }

    /** @return a new series of that name, label, data and render style, without markers */
    private static XYSeries unmarked(
            XYChart chart, String name, String label, double[] x, double[] y, XYSeriesRenderStyle style) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setLabel(label);
        s.setXYSeriesRenderStyle(style);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /**
     * Adds observed shares as a solid line in the history colour, in percent.
     *
     * @return the series, for further settings
     */
    static XYSeries addShareHistory(XYChart chart, String name, AnnualSeries history, Labels labels, float width) {
        return addLine(
                chart,
                name,
                labels.text(Labels.LEGEND_HISTORY),
                toDoubles(history.years()),
                percent(history.values()),
                Palette.HISTORY,
                solid(width));
    }

    /**
     * Marks each target: a diamond at (year, target) in the legend, and for a target after
     * {@code guideFromYear} a dashed guide at the target level from that year (not in the legend).
     * Series are named {@link TargetMark#series(int)} and {@link TargetMark#guideSeries(int)}.
     */
    static void addTargets(
            XYChart chart, List<TargetMark> targets, int guideFromYear, Labels labels, ChartPreset preset) {
        float lw = preset.lineWidth();
        for (int i = 0; i < targets.size(); i++) {
            TargetMark t = targets.get(i);
            Color color = targetColor(i);
            BasicStroke guideStroke = dashed(lw * 0.6f, 2f, 2f);
            if (t.year() > guideFromYear) {
                XYSeries guide = addLine(
                        chart,
                        TargetMark.guideSeries(i),
                        TargetMark.guideSeries(i),
                        new double[] {guideFromYear, t.year()},
                        new double[] {t.percent(), t.percent()},
                        color,
                        guideStroke);
                guide.setShowInLegend(false);
            }
            XYSeries mark = chart.addSeries(TargetMark.series(i), new double[] {t.year()}, new double[] {t.percent()});
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
     * @param index position of a target in a chart's target list
     * @return the colour of that target's marks
     */
    static Color targetColor(int index) {
        return Palette.TARGETS[index % Palette.TARGETS.length];
    }

    /**
     * Adds a line that only puts a key in the legend: its one point, at {@code x}, has no y value and draws
     * nothing.
     *
     * @param chart the chart
     * @param name series name
     * @param label legend label
     * @param x a year on the chart, so that the point stays inside the axes
     * @param color line colour
     * @param stroke line style
     */
    static void addLineKey(XYChart chart, String name, String label, double x, Color color, BasicStroke stroke) {
        addLine(chart, name, label, new double[] {x}, new double[] {Double.NaN}, color, stroke);
    }

    /**
     * Adds a polygon that only puts a key (a filled box) in the legend: its one point, at {@code x}, has no
     * y value and draws nothing.
     *
     * @param chart the chart
     * @param name series name
     * @param label legend label
     * @param x a year on the chart, so that the point stays inside the axes
     * @param fill fill colour
     */
    static void addPolygonKey(XYChart chart, String name, String label, double x, Color fill) {
        addPolygon(chart, name, label, new double[] {x}, new double[] {Double.NaN}, fill);
    }

    /**
     * Adds a filled polygon ({@link XYSeriesRenderStyle#PolygonArea}) outlined in its own colour, without
     * markers. XChart closes the polygon at a {@code NaN} y value and starts a new one after it, so one
     * series can hold several separate polygons.
     *
     * @return the series, for further settings
     */
    static XYSeries addPolygon(XYChart chart, String name, String label, double[] x, double[] y, Color fill) {
        XYSeries s = unmarked(chart, name, label, x, y, XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(fill);
        s.setLineColor(fill);
        s.setLineStyle(solid(0.1f));
        return s;
    }

    /**
     * Lists the legend at the right of the plot, one entry a row: for legends too long for one row below
     * the plot (XChart does not wrap a horizontal legend). XChart 3.8.8 sizes a legend that has any filled
     * box as if every entry's symbol were a box ({@link #LEGEND_BOX} points wide), so lines are drawn that
     * long too; otherwise their text runs past the right edge.
     */
    static void legendAtRight(XYStyler s, ChartPreset preset) {
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setLegendPadding(Math.round(preset.type().legend() * 0.6f));
        s.setLegendSeriesLineLength(LEGEND_BOX);
    }

    /**
     * Tick labels in percent for an axis whose values are percent: {@code 6} gives {@code 6 %} in English
     * and {@code 6%} in Chinese (the {@link Labels#TICK_PERCENT} template), with at most three decimals and
     * no trailing zeros, so {@code 2.5} stays {@code 2.5 %} and {@code 6.0000000001} prints {@code 6 %}.
     *
     * @param labels labels of the chart's language
     * @return the formatter, for {@code setxAxisTickLabelsFormattingFunction} and its y twin
     */
    static Function<Double, String> percentTicks(Labels labels) {
        return v -> labels.text(Labels.TICK_PERCENT, number(v));
    }

    /**
     * Tick labels that may be blank. XChart 3.8.8 widens the tick step until every tick label is distinct
     * (ticks run from a step below the axis to two beyond it), so equal blanks would leave ticks only at
     * the ends: each blank position gets its own run of zero-width spaces (U+200B, drawn as nothing), one
     * more for each new position.
     *
     * @param labels the label at a tick, or null for none
     * @return the formatter, for {@code setyAxisTickLabelsFormattingFunction} and its x twin
     */
    static Function<Double, String> blanksAllowed(Function<Double, String> labels) {
        Map<Double, String> blanks = new ConcurrentHashMap<>();
        return v -> {
            String label = labels.apply(v);
            if (label != null) {
                return label;
            }
            return blanks.computeIfAbsent(v, k -> "\u200B".repeat(blanks.size() + 1));
        };
    }

    /**
     * Tick labels for a year axis that label only the years from {@code from} to {@code to}: XChart labels
     * ticks in the margin beyond the data too (2036 on a 2010–2035 axis), and between years on an axis
     * widened by half a year for bars; those are blank.
     *
     * @param from first year labelled
     * @param to last year labelled
     * @return the formatter, for {@code setxAxisTickLabelsFormattingFunction}
     */
    static Function<Double, String> yearTicks(int from, int to) {
        return blanksAllowed(
                v -> v < from - 1e-9 || v > to + 1e-9 || Math.abs(v - Math.rint(v)) > 1e-9 ? null : number(v));
    }

    /**
     * Tick labels for levels with thousands separators and at most two decimals: {@code 12500} gives
     * {@code 12,500}, in both languages (Chinese statistics group by thousands too).
     *
     * @return the formatter, for {@code setyAxisTickLabelsFormattingFunction}
     */
    static Function<Double, String> groupedTicks() {
        return v -> {
            java.text.DecimalFormat f =
                    new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
            String text = f.format(v);
            return "-0".equals(text) ? "0" : text;
        };
    }

    /**
     * The value axis of levels: from {@code lo} to {@code hi} widened by 5 % of the span (at least 1) on
     * each side, rounded outwards to a multiple of a 1-2-5 step that gives about five ticks; never below 0
     * when {@code lo} is not negative.
     *
     * @param lo lowest plotted value
     * @param hi highest plotted value
     * @return {@code {min, max}}
     */
    static double[] levelAxisRange(double lo, double hi) {
        double margin = Math.max(1, (hi - lo) * 0.05);
        double step = niceStep((hi - lo + 2 * margin) / 5);
        double min = step * Math.floor((lo - margin) / step);
        if (lo >= 0) {
            min = Math.max(0, min);
        }
        return new double[] {min, step * Math.ceil((hi + margin) / step)};
    }

    /**
     * @param raw a positive step
     * @return the smallest of 1, 2 or 5 times a power of ten at least {@code raw}
     */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw - 1e-12 * magnitude) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /**
     * @param v a number
     * @return it with at most three decimals and no trailing zeros, never {@code -0}
     */
    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /**
     * @param a the colour at {@code t = 0}
     * @param b the colour at {@code t = 1}
     * @param t position between them, in [0, 1]
     * @return the linear mix of the two in sRGB
     */
    static Color mix(Color a, Color b, double t) {
        return new Color(
                mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t), mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
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
        return family.equals(ShippedFont.FAMILY)
                ? ShippedFont.font(style, size)
                : new Font(family, style, 1).deriveFont(size);
    }

    static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width, float dash, float gap) {
        return new BasicStroke(
                width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {dash * width, gap * width}, 0f);
    }

    /**
     * @param historyShare observed shares of a chart
     * @param chart what needs them, e.g. {@code a fan chart}
     * @throws ChartException if the history is empty or a share is outside (0, 1)
     */
    static void requireHistory(AnnualSeries historyShare, String chart) {
        java.util.Objects.requireNonNull(historyShare, "historyShare");
        if (historyShare.isEmpty()) {
            throw ChartException.of(
                    "history series %s is empty; %s needs at least one observed year", historyShare.name(), chart);
        }
        requireShares("history", historyShare);
    }

    /**
     * @throws ChartException naming the role, series, year and value of the first share outside (0, 1)
     */
    static void requireShares(String role, AnnualSeries series) {
        for (int i = 0; i < series.size(); i++) {
            double v = series.value(i);
            if (!(v > 0 && v < 1)) {
                throw ChartException.of(
                        "%s share %s for %d = %s is outside (0, 1); shares are fractions, e.g. 0.445",
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

    /**
     * The outline of a band between two lines over the same x values: the upper bound forward, then the
     * lower bound backward, {@code 2 × x.length} points, for a {@code PolygonArea} series.
     *
     * @return {@code {x, y}} of the polygon
     */
    static double[][] bandPolygon(double[] x, double[] upper, double[] lower) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            px[2 * n - 1 - i] = x[i];
            py[i] = upper[i];
            py[2 * n - 1 - i] = lower[i];
        }
        return new double[][] {px, py};
    }

    static double[] prepend(double first, double[] rest) {
        double[] all = new double[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}

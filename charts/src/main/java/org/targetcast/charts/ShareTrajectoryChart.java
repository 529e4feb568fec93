package org.targetcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.targetcast.model.series.AnnualSeries;

/**
 * The share's path: observed history as a solid line, the projection as a dashed line that starts at the
 * last observed point (so the two join), and each target as a marker at (year, target) with a dashed guide
 * at the target level from the last observed year. Shares come in as fractions in (0, 1) and are plotted
 * in percent.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = ShareTrajectoryChart.of(history, projection)
 *         .withTargets(List.of(TargetMark.of(2029, 0.45), TargetMark.of(2035, 0.50)))
 *         .withLang(Lang.ZH)
 *         .withFooter("scenario baseline, data 3f2a…, seed 20241128, targetcast 0.1.0")
 *         .toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #HISTORY}, {@link #PROJECTION}, {@link #targetSeries(int)},
 * {@link #targetGuideSeries(int)}) and labelled for people in the chart's language. The y axis runs from
 * the lowest plotted value less 2 points to the highest (targets included) plus 3 points, each rounded
 * outwards to a multiple of 5 and kept within [0, 100].
 */
public final class ShareTrajectoryChart {
    /** Name of the observed series. */
    public static final String HISTORY = "history";
    /** Name of the projected series. */
    public static final String PROJECTION = "projection";

    private static final Color HISTORY_COLOR = new Color(0x1F, 0x4E, 0x79);
    private static final Color PROJECTION_COLOR = new Color(0x2E, 0x86, 0xC1);
    private static final Color[] TARGET_COLORS = {
        new Color(0xC0, 0x39, 0x2B), new Color(0x8E, 0x44, 0xAD), new Color(0xD3, 0x54, 0x00)};
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);

    private final AnnualSeries history;
    private final AnnualSeries projection;
    private final List<TargetMark> targets;
    private final String title;
    private final String subtitle;
    private final String sourceLine;
    private final String footer;
    private final Lang lang;

    private ShareTrajectoryChart(AnnualSeries history, AnnualSeries projection, List<TargetMark> targets, String title,
            String subtitle, String sourceLine, String footer, Lang lang) {
        this.history = history;
        this.projection = projection;
        this.targets = List.copyOf(targets);
        this.title = title;
        this.subtitle = subtitle;
        this.sourceLine = sourceLine;
        this.footer = footer;
        this.lang = lang;
    }

    /**
     * A chart in English with no targets, the default title of its language, no subtitle, the default
     * source line and no footer.
     *
     * @param historyShare observed shares, fractions in (0, 1); at least one year
     * @param projectedShare projected shares, fractions in (0, 1), all after the last observed year; may be
     *     empty
     * @return the chart
     * @throws ChartException if a share is outside (0, 1), history is empty or the projection does not
     *     start after the history
     */
    public static ShareTrajectoryChart of(AnnualSeries historyShare, AnnualSeries projectedShare) {
        Objects.requireNonNull(historyShare, "historyShare");
        Objects.requireNonNull(projectedShare, "projectedShare");
        if (historyShare.isEmpty()) {
            throw ChartException.of("history series %s is empty; a share chart needs at least one observed year", historyShare.name());
        }
        requireShares("history", historyShare);
        requireShares("projection", projectedShare);
        if (!projectedShare.isEmpty() && projectedShare.firstYear() <= historyShare.lastYear()) {
            throw ChartException.of("projection %s starts in %d, not after the last observed year %d",
                    projectedShare.name(), projectedShare.firstYear(), historyShare.lastYear());
        }
        return new ShareTrajectoryChart(historyShare, projectedShare, List.of(), "", "", "", "", Lang.EN);
    }

    /**
     * @param newTargets targets to mark, in legend order (replaces any set before)
     * @return a copy with those targets
     */
    public ShareTrajectoryChart withTargets(List<TargetMark> newTargets) {
        return new ShareTrajectoryChart(history, projection, newTargets, title, subtitle, sourceLine, footer, lang);
    }

    /**
     * @param newTitle the chart title; blank for the default title of the chart's language
     * @return a copy with that title
     */
    public ShareTrajectoryChart withTitle(String newTitle) {
        return new ShareTrajectoryChart(history, projection, targets, Objects.requireNonNull(newTitle, "title"), subtitle,
                sourceLine, footer, lang);
    }

    /**
     * @param newSubtitle a line under the title; blank for none
     * @return a copy with that subtitle
     */
    public ShareTrajectoryChart withSubtitle(String newSubtitle) {
        return new ShareTrajectoryChart(history, projection, targets, title, Objects.requireNonNull(newSubtitle, "subtitle"),
                sourceLine, footer, lang);
    }

    /**
     * @param newSourceLine where the data come from, shown at the foot; blank for the default of the
     *     chart's language
     * @return a copy with that source line
     */
    public ShareTrajectoryChart withSourceLine(String newSourceLine) {
        return new ShareTrajectoryChart(history, projection, targets, title, subtitle,
                Objects.requireNonNull(newSourceLine, "sourceLine"), footer, lang);
    }

    /**
     * @param provenance what produced the chart (scenario, data hash, seed, version), shown under the
     *     source line; blank for none
     * @return a copy with that footer
     */
    public ShareTrajectoryChart withFooter(String provenance) {
        return new ShareTrajectoryChart(history, projection, targets, title, subtitle, sourceLine,
                Objects.requireNonNull(provenance, "footer"), lang);
    }

    /**
     * @param newLang language of the labels
     * @return a copy in that language
     */
    public ShareTrajectoryChart withLang(Lang newLang) {
        return new ShareTrajectoryChart(history, projection, targets, title, subtitle, sourceLine, footer,
                Objects.requireNonNull(newLang, "lang"));
    }

    /** @return observed shares, fractions */
    public AnnualSeries history() {
        return history;
    }

    /** @return projected shares, fractions */
    public AnnualSeries projection() {
        return projection;
    }

    /** @return targets, in legend order */
    public List<TargetMark> targets() {
        return targets;
    }

    /** @return language of the labels */
    public Lang lang() {
        return lang;
    }

    /** @return the title drawn: the one set, or the default of the chart's language */
    public String title() {
        return title.isBlank() ? Labels.of(lang).text(Labels.SHARE_TITLE) : title;
    }

    /** @return the subtitle drawn; empty if none */
    public String subtitle() {
        return subtitle;
    }

    /** @return the source line drawn: the one set, or the default of the chart's language */
    public String sourceLine() {
        return sourceLine.isBlank() ? Labels.of(lang).text(Labels.SOURCE_DEFAULT) : sourceLine;
    }

    /** @return the provenance footer drawn; empty if none */
    public String footer() {
        return footer;
    }

    /**
     * @param index position of the target in {@link #targets()}
     * @return the name of that target's marker series
     */
    public static String targetSeries(int index) {
        return "target." + index;
    }

    /**
     * @param index position of the target in {@link #targets()}
     * @return the name of that target's guide series (not in the legend)
     */
    public static String targetGuideSeries(int index) {
        return "target." + index + ".guide";
    }

    /**
     * Builds a new XChart chart; each call returns a fresh, independent chart.
     *
     * @param preset sizes and type sizes
     * @return the chart, laid out at {@link ChartPreset#width()} × {@link ChartPreset#height()} points
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    public XYChart toXChart(ChartPreset preset) {
        Labels labels = Labels.of(lang);
        String family = Fonts.family(lang);
        FramedXYChart chart = new FramedXYChart(preset.width(), preset.height(), subtitle.strip(), sourceLine(),
                footer.strip(), family, preset);
        chart.setTitle(title());
        chart.setXAxisTitle(labels.text(Labels.AXIS_YEAR));
        chart.setYAxisTitle(labels.text(Labels.AXIS_SHARE));
        style(chart.getStyler(), family, preset);

        float lw = preset.lineWidth();
        XYSeries h = chart.addSeries(HISTORY, toDoubles(history.years()), percent(history.values()));
        h.setLabel(labels.text(Labels.LEGEND_HISTORY));
        h.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        h.setMarker(SeriesMarkers.NONE);
        h.setLineColor(HISTORY_COLOR);
        h.setLineStyle(new BasicStroke(lw, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));

        if (!projection.isEmpty()) {
            XYSeries p = chart.addSeries(PROJECTION, prepend(history.lastYear(), toDoubles(projection.years())),
                    prepend(history.lastValue() * 100, percent(projection.values())));
            p.setLabel(labels.text(Labels.LEGEND_PROJECTION));
            p.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            p.setMarker(SeriesMarkers.NONE);
            p.setLineColor(PROJECTION_COLOR);
            p.setLineStyle(dashed(lw, 3.5f, 2.5f));
        }

        for (int i = 0; i < targets.size(); i++) {
            TargetMark t = targets.get(i);
            Color color = TARGET_COLORS[i % TARGET_COLORS.length];
            BasicStroke guideStroke = dashed(lw * 0.6f, 2f, 2f);
            if (t.year() > history.lastYear()) {
                XYSeries guide = chart.addSeries(targetGuideSeries(i), new double[] {history.lastYear(), t.year()},
                        new double[] {t.percent(), t.percent()});
                guide.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
                guide.setMarker(SeriesMarkers.NONE);
                guide.setLineColor(color);
                guide.setLineStyle(guideStroke);
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

        int lastYear = Math.max(history.lastYear(), projection.isEmpty() ? history.lastYear() : projection.lastYear());
        for (TargetMark t : targets) {
            lastYear = Math.max(lastYear, t.year());
        }
        int firstYear = history.firstYear();
        for (TargetMark t : targets) {
            firstYear = Math.min(firstYear, t.year());
        }
        XYStyler s = chart.getStyler();
        s.setXAxisMin((double) firstYear);
        s.setXAxisMax((double) lastYear);
        double[] y = yAxisRange();
        s.setYAxisMin(y[0]);
        s.setYAxisMax(y[1]);
        return chart;
    }

    /**
     * @return {@code {min, max}} of the y axis in percent: the lowest plotted value less 2 and the highest
     *     (targets included) plus 3, rounded outwards to multiples of 5 and kept within [0, 100]
     */
    double[] yAxisRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (AnnualSeries series : List.of(history, projection)) {
            for (double v : series.values()) {
                lo = Math.min(lo, v * 100);
                hi = Math.max(hi, v * 100);
            }
        }
        for (TargetMark t : targets) {
            lo = Math.min(lo, t.percent());
            hi = Math.max(hi, t.percent());
        }
        return new double[] {Math.max(0, 5 * Math.floor((lo - 2) / 5)), Math.min(100, 5 * Math.ceil((hi + 3) / 5))};
    }

    private static void style(XYStyler s, String family, ChartPreset preset) {
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

    private static Font font(String family, int style, float size) {
        return new Font(family, style, 1).deriveFont(size);
    }

    private static BasicStroke dashed(float width, float dash, float gap) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {dash * width, gap * width}, 0f);
    }

    private static void requireShares(String role, AnnualSeries series) {
        for (int i = 0; i < series.size(); i++) {
            double v = series.value(i);
            if (!(v > 0 && v < 1)) {
                throw ChartException.of("%s share %s for %d = %s is outside (0, 1); shares are fractions, e.g. 0.445",
                        role, series.name(), series.year(i), v);
            }
        }
    }

    private static double[] toDoubles(int[] years) {
        double[] d = new double[years.length];
        for (int i = 0; i < years.length; i++) {
            d[i] = years[i];
        }
        return d;
    }

    private static double[] percent(double[] shares) {
        double[] p = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            p[i] = shares[i] * 100;
        }
        return p;
    }

    private static double[] prepend(double first, double[] rest) {
        double[] all = new double[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}

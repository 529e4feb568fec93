package org.targetcast.charts;

import static org.targetcast.charts.ChartStyle.percent;
import static org.targetcast.charts.ChartStyle.toDoubles;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.targetcast.model.series.AnnualSeries;

/**
 * The share histories of a calibration panel: every other economy's share as a thin grey line, drawn first,
 * and the highlighted histories (China, on each basis the data hold) over them in colour, so that China's
 * path can be read against the spread of the others. Shares come in as fractions and are plotted in percent.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = PanelSharesChart.of(others, List.of(new PanelSharesChart.Highlight("China, MOFCOM basis", china)))
 *         .withFrame(f -> f.withLang(Lang.ZH))
 *         .toXChart(ChartPreset.PRINT);
 * }</pre>
 *
 * <p>Series are named for code ({@link #panelSeries(int)} for the grey lines, not in the legend;
 * {@link #PANEL_KEY}, the one legend entry standing for them all; {@link #highlightSeries(int)}) and
 * labelled for people. The y axis follows the rule of the other share charts over every line.
 */
public final class PanelSharesChart extends FramedChart<PanelSharesChart, PanelSharesChart.Data> {
    /** Name of the legend entry of the grey lines (no data drawn). */
    public static final String PANEL_KEY = "panel.key";

    /** The grey of the panel's lines: translucent, so that where many cross the grey darkens. */
    static final Color PANEL_GREY = new Color(0x80, 0x80, 0x80, 110);

    /** The colours of the highlighted histories, in order: the targets' red, then the history's dark blue. */
    private static final Color[] HIGHLIGHTS = {new Color(0xC0, 0x39, 0x2B), Palette.HISTORY, Palette.OTHER};

    /**
     * A highlighted history.
     *
     * @param label its legend entry, e.g. "China, MOFCOM basis"
     * @param share its shares, fractions in (0, 1)
     */
    public record Highlight(String label, AnnualSeries share) {
        /** Checks. */
        public Highlight {
            Objects.requireNonNull(label, "label");
            ChartStyle.requireHistory(share, "a panel chart's highlighted history");
        }
    }

    /**
     * What the chart shows.
     *
     * @param panel the other economies' shares, fractions in (0, 1), each with at least one year
     * @param highlights the histories drawn in colour, in legend order; at least one
     */
    public record Data(List<AnnualSeries> panel, List<Highlight> highlights) {
        /** @throws ChartException if a share is outside (0, 1), a history is empty or nothing is highlighted */
        public Data {
            panel = List.copyOf(panel);
            highlights = List.copyOf(highlights);
            for (AnnualSeries s : panel) {
                ChartStyle.requireHistory(s, "a panel chart");
            }
            if (highlights.isEmpty()) {
                throw ChartException.of("a panel chart needs at least one highlighted history");
            }
        }
    }

    private PanelSharesChart(Data data, ChartFrame frame) {
        super(
                data,
                frame,
                PanelSharesChart::new,
                labels -> labels.text(Labels.PANEL_TITLE, data.panel().size()));
    }

    /**
     * A chart in English with the default title, no subtitle, the default source line and no footer.
     *
     * @param panel the other economies' shares, fractions in (0, 1)
     * @param highlights the histories drawn in colour, in legend order; at least one
     * @return the chart
     * @throws ChartException as {@link Data#Data}
     */
    public static PanelSharesChart of(List<AnnualSeries> panel, List<Highlight> highlights) {
        return new PanelSharesChart(new Data(panel, highlights), ChartFrame.defaults());
    }

    /**
     * @param index position of the economy in {@link Data#panel()}
     * @return the name of its grey line, e.g. {@code panel.0}
     */
    public static String panelSeries(int index) {
        return "panel." + index;
    }

    /**
     * @param index position of the history in {@link Data#highlights()}
     * @return the name of its line, e.g. {@code highlight.0}
     */
    public static String highlightSeries(int index) {
        return "highlight." + index;
    }

    @Override
    XYChart draw(Data d, ChartPreset preset) {
        Labels labels = labels();
        FramedXYChart chart = newShareChart(preset);
        float lw = preset.lineWidth();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        Extent e = new Extent();
        List<AnnualSeries> all = new ArrayList<>(d.panel());
        d.highlights().forEach(h -> all.add(h.share()));
        for (AnnualSeries s : all) {
            first = Math.min(first, s.firstYear());
            last = Math.max(last, s.lastYear());
            e.shares(s);
        }
        for (int i = 0; i < d.panel().size(); i++) {
            AnnualSeries s = d.panel().get(i);
            ChartStyle.addLine(
                            chart,
                            panelSeries(i),
                            s.name(),
                            toDoubles(s.years()),
                            percent(s.values()),
                            PANEL_GREY,
                            ChartStyle.solid(lw * 0.45f))
                    .setShowInLegend(false);
        }
        if (!d.panel().isEmpty()) {
            ChartStyle.addLineKey(
                    chart,
                    PANEL_KEY,
                    labels.text(Labels.LEGEND_PANEL, d.panel().size()),
                    first,
                    PANEL_GREY,
                    ChartStyle.solid(lw * 0.8f));
        }
        for (int i = 0; i < d.highlights().size(); i++) {
            Highlight h = d.highlights().get(i);
            ChartStyle.addLine(
                    chart,
                    highlightSeries(i),
                    h.label(),
                    toDoubles(h.share().years()),
                    percent(h.share().values()),
                    HIGHLIGHTS[i % HIGHLIGHTS.length],
                    i == 0 ? ChartStyle.solid(lw * 1.3f) : ChartStyle.dashed(lw * 1.1f, 3.5f, 2.5f));
        }
        ChartStyle.yearAxes(chart.getStyler(), preset, new int[] {first, last}, e.shareAxis(), List.of());
        return chart;
    }
}

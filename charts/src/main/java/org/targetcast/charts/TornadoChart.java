package org.targetcast.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.XYStyler;

/**
 * A tornado chart of one-at-a-time sensitivity: for each assumption ({@link SensitivityBar}) a horizontal
 * bar from the base value to the value at the assumption's low setting, and one to the value at its high
 * setting, in two colours; the widest bar (largest {@code |high - low|}) at the top, ties in the order
 * given. The base value is a vertical line; each bar end carries its setting's label ({@code 6 %},
 * {@code slow}). Values are fractions and are plotted in percent.
 *
 * <p>XChart 3.8.8 has no horizontal bars ({@code CategoryChart} draws vertical ones only), so this is an
 * {@link XYChart}: the low bars are one {@code PolygonArea} series of rectangles separated by {@code NaN}
 * (XChart starts a new polygon after one), the high bars another. Bar {@code r} from the top (r = 0 is the
 * widest of {@code n}) is centred at y = {@code n - r} and is {@value #BAR_HEIGHT} high; the y axis runs
 * from 0.4 to {@code n + 0.6} and its tick labels are the assumptions' names at whole numbers, blank
 * elsewhere.
 *
 * <p>The value axis runs from the lowest value (base included) to the highest, widened by a fifth of the
 * span on each side for the end labels and rounded outwards to multiples of 5; tick labels below 0 or
 * above 100 % are blank, so room made for a label at 0 shows no impossible probability.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = TornadoChart.of(bars, 0.21).withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #LOW}, {@link #HIGH}, {@link #BASE}) and labelled for people in
 * the chart's language. Legend (below the plot): low, high, base.
 */
public final class TornadoChart extends FramedChart<TornadoChart, TornadoChart.Data> {
    /** Name of the series of bars for the low settings. */
    public static final String LOW = "low";
    /** Name of the series of bars for the high settings. */
    public static final String HIGH = "high";
    /** Name of the base value line. */
    public static final String BASE = "base";
    /** Height of a bar, in y units (one unit between bar centres). */
    public static final double BAR_HEIGHT = 0.64;

    /**
     * What the chart shows.
     *
     * @param bars one per assumption, given in any order and kept widest first (the order drawn from the
     *     top, ties in the order given); at least one, assumptions distinct
     * @param baseValue the result with every assumption at its base value, a fraction in [0, 1]
     * @param axisTitle title of the value axis as set; blank for the default of the chart's language
     */
    public record Data(List<SensitivityBar> bars, double baseValue, String axisTitle) {
        /**
         * @throws ChartException if there are no bars, two name the same assumption, or the base value is
         *     outside [0, 1]
         */
        public Data {
            Objects.requireNonNull(bars, "bars");
            Objects.requireNonNull(axisTitle, "axisTitle");
            if (bars.isEmpty()) {
                throw ChartException.of("a tornado chart needs at least one sensitivity bar");
            }
            if (!(baseValue >= 0 && baseValue <= 1)) {
                throw ChartException.of(
                        "base value = %s is outside [0, 1]; values are fractions, e.g. 0.21", baseValue);
            }
            List<String> seen = new ArrayList<>();
            for (SensitivityBar b : bars) {
                String name = Objects.requireNonNull(b, "bar").assumption().strip();
                if (seen.contains(name)) {
                    throw ChartException.of("assumption '%s' has two sensitivity bars; give each assumption one", name);
                }
                seen.add(name);
            }
            List<SensitivityBar> sorted = new ArrayList<>(bars);
            sorted.sort(Comparator.comparingDouble(SensitivityBar::range).reversed());
            bars = List.copyOf(sorted);
        }
    }

    private TornadoChart(Data data, ChartFrame frame) {
        super(data, frame, TornadoChart::new, labels -> labels.text(Labels.TORNADO_TITLE));
    }

    /**
     * A chart in English with the default title and value axis title (a probability), no subtitle, the
     * default source line and no footer.
     *
     * @param bars one per assumption, in any order; at least one, assumptions distinct
     * @param baseValue the result with every assumption at its base value, a fraction in [0, 1]
     * @return the chart
     * @throws ChartException as {@link Data#Data}
     */
    public static TornadoChart of(List<SensitivityBar> bars, double baseValue) {
        return new TornadoChart(new Data(bars, baseValue, ""), ChartFrame.defaults());
    }

    /**
     * @param newAxisTitle title of the value axis, e.g. for shares rather than probabilities; blank for the
     *     default of the chart's language ({@code Probability of reaching the target (%)})
     * @return a copy with that axis title
     */
    public TornadoChart withAxisTitle(String newAxisTitle) {
        return withData(new Data(data().bars(), data().baseValue(), newAxisTitle));
    }

    /** @return the value axis title drawn: the one set, or the default of the chart's language */
    public String axisTitle() {
        return data().axisTitle().isBlank() ? labels().text(Labels.TORNADO_AXIS) : data().axisTitle();
    }

    @Override
    XYChart draw(Data d, ChartPreset preset) {
        Labels labels = labels();
        FramedXYChart chart = newChart(preset, axisTitle(), "");
        chart.deckKind(DeckKind.BARS);
        double base = d.baseValue() * 100;
        int n = d.bars().size();

        Polygons low = new Polygons();
        Polygons high = new Polygons();
        for (int r = 0; r < n; r++) {
            SensitivityBar b = d.bars().get(r);
            double y = n - r;
            low.rectangle(base, b.lowValue() * 100, y - BAR_HEIGHT / 2, y + BAR_HEIGHT / 2);
            high.rectangle(base, b.highValue() * 100, y - BAR_HEIGHT / 2, y + BAR_HEIGHT / 2);
        }
        double[][] lowXy = low.xy(base);
        double[][] highXy = high.xy(base);
        ChartStyle.addPolygon(chart, LOW, labels.text(Labels.LEGEND_LOW), lowXy[0], lowXy[1], Palette.OTHER);
        ChartStyle.addPolygon(chart, HIGH, labels.text(Labels.LEGEND_HIGH), highXy[0], highXy[1], Palette.DIGITAL);
        ChartStyle.addLine(
                chart,
                BASE,
                labels.text(Labels.LEGEND_BASE, Labels.probabilityText(d.baseValue())),
                new double[] {base, base},
                new double[] {0.4, n + 0.6},
                Palette.CHARCOAL,
                ChartStyle.solid(preset.lineWidth() * 0.8f));
        for (EndText label : endLabels(preset)) {
            chart.addAnnotation(new EndLabel(label));
        }

        XYStyler s = chart.getStyler();
        s.setYAxisTitleVisible(false);
        s.setPlotGridHorizontalLinesVisible(false);
        s.setPlotGridVerticalLinesVisible(true);
        s.setPlotContentSize(1.0);
        s.setXAxisMin(valueAxisRange()[0]);
        s.setXAxisMax(valueAxisRange()[1]);
        s.setYAxisMin(0.4);
        s.setYAxisMax(n + 0.6);
        Function<Double, String> percent = ChartStyle.percentTicks(labels);
        s.setxAxisTickLabelsFormattingFunction(
                ChartStyle.blanksAllowed(v -> v < -1e-9 || v > 100 + 1e-9 ? null : percent.apply(v)));
        s.setyAxisTickLabelsFormattingFunction(ChartStyle.blanksAllowed(this::assumptionAt));
        // With the house pattern "#" XChart sees the axis ends 0.4 and n + 0.6 lose their decimals and
        // gives up on ticks between them; the labels come from the function anyway.
        s.setYAxisDecimalPattern("0.###");
        s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        // Ticks at every whole number: XChart spaces y ticks at about this many points, and steps of
        // 1 are the largest that do not exceed it once the space per bar falls below it.
        s.setYAxisTickMarkSpacingHint(Math.max(8, Math.round(preset.type().tickLabel())));
        s.setAnnotationTextFontColor(Palette.CHARCOAL);
        // XChart centres the legend under the plot, which long assumption names push to the right: with the
        // house's wide spacing (1.5 type sizes) the last entry (the base) ran off the right edge. Spaced by
        // 0.9 type sizes, lines as long as the boxes (XChart sizes every entry as a box when one is).
        s.setLegendPadding(Math.round(preset.type().legend() * 0.9f));
        s.setLegendSeriesLineLength(ChartStyle.LEGEND_BOX);
        return chart;
    }

    /**
     * @param y a position on the y axis
     * @return the name of the assumption whose bar is centred there, or null for positions between bars
     */
    String assumptionAt(double y) {
        Data d = data();
        long k = Math.round(y);
        if (Math.abs(y - k) > 1e-6 || k < 1 || k > d.bars().size()) {
            return null;
        }
        return d.bars().get(d.bars().size() - (int) k).assumption();
    }

    /**
     * @return the labels at the outer ends of the bars: for each bar its low and high settings, at the end
     *     of the bar for that setting, outside it (left of an end below the base, right of one above);
     *     an end at the base gets its label on the side away from the other end
     */
    List<EndText> endLabels(ChartPreset preset) {
        Data d = data();
        List<EndText> out = new ArrayList<>();
        double gap = preset.type().tickLabel() * 0.4;
        int n = d.bars().size();
        for (int r = 0; r < n; r++) {
            SensitivityBar b = d.bars().get(r);
            double y = n - r;
            boolean lowLeft =
                    b.lowValue() < d.baseValue() || (b.lowValue() == d.baseValue() && b.highValue() > d.baseValue());
            boolean highLeft =
                    b.highValue() < d.baseValue() || (b.highValue() == d.baseValue() && b.lowValue() > d.baseValue());
            out.add(new EndText(b.lowLabel().strip(), b.lowValue() * 100, y, lowLeft, gap, null, Palette.OTHER));
            out.add(new EndText(b.highLabel().strip(), b.highValue() * 100, y, highLeft, gap, null, Palette.DIGITAL));
        }
        return out;
    }

    /**
     * @return {@code {min, max}} of the value axis in percent: the values and the base, widened by a fifth
     *     of their span (at least 2 points) on each side and rounded outwards to multiples of 5
     */
    double[] valueAxisRange() {
        Data d = data();
        double lo = d.baseValue();
        double hi = d.baseValue();
        for (SensitivityBar b : d.bars()) {
            lo = Math.min(lo, Math.min(b.lowValue(), b.highValue()));
            hi = Math.max(hi, Math.max(b.lowValue(), b.highValue()));
        }
        double margin = Math.max(2, (hi - lo) * 100 / 5);
        return new double[] {5 * Math.floor((lo * 100 - margin) / 5), 5 * Math.ceil((hi * 100 + margin) / 5)};
    }
}

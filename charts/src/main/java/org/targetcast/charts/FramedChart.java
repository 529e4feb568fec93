package org.targetcast.charts;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.knowm.xchart.XYChart;

/**
 * What every chart shares: its data (a record of the chart's own, e.g. the history and the fan bands), its
 * {@link ChartFrame} (title, subtitle, source line, footer, language, preset) and the copies that change
 * either. A chart keeps only what is its own (its data, the copies that check a change of them, its
 * default title) and draws its XChart chart in its own {@code draw} method. Charts are immutable; each
 * {@code with} method returns a copy:
 * <pre>{@code
 * FanChart zh = fan.withFrame(f -> f.withLang(Lang.ZH).with(ChartFrame.Text.FOOTER, "seed 1"));
 * }</pre>
 *
 * @param <C> the chart type, returned by the copies
 * @param <D> the chart's data
 */
public abstract class FramedChart<C extends FramedChart<C, D>, D extends Record> {
    private final D data;
    private final ChartFrame frame;
    private final BiFunction<D, ChartFrame, C> copy;
    private final Function<Labels, String> defaultTitle;

    /**
     * @param data the chart's data; not null
     * @param frame the frame; not null
     * @param copy makes a chart of the same kind from data and a frame (its constructor)
     * @param defaultTitle the title used when the frame sets none, from the labels of the frame's language
     */
    FramedChart(D data, ChartFrame frame, BiFunction<D, ChartFrame, C> copy, Function<Labels, String> defaultTitle) {
        this.data = Objects.requireNonNull(data, "data");
        this.frame = Objects.requireNonNull(frame, "frame");
        this.copy = Objects.requireNonNull(copy, "copy");
        this.defaultTitle = Objects.requireNonNull(defaultTitle, "defaultTitle");
    }

    /**
     * Builds a new XChart chart; each call returns a fresh, independent chart.
     *
     * @param preset sizes and type sizes (instead of the frame's)
     * @return the chart, laid out at {@link ChartPreset.Canvas#width()} × {@link ChartPreset.Canvas#height()} points
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    public XYChart toXChart(ChartPreset preset) {
        return draw(data, Objects.requireNonNull(preset, "preset"));
    }

    /**
     * Draws the chart: the one thing each kind does its own way.
     *
     * @param data this chart's data
     * @param preset sizes and type sizes
     * @return a new XChart chart in this chart's frame
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    abstract XYChart draw(D data, ChartPreset preset);

    /**
     * @return the chart laid out for the frame's preset
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    public XYChart toXChart() {
        return toXChart(frame.preset());
    }

    /** @return the chart's data */
    public D data() {
        return data;
    }

    /** @return the frame */
    public ChartFrame frame() {
        return frame;
    }

    /**
     * @param newFrame title, subtitle, source line, footer, language and preset
     * @return a copy of this chart in that frame
     */
    public C withFrame(ChartFrame newFrame) {
        return copy.apply(data, Objects.requireNonNull(newFrame, "newFrame"));
    }

    /**
     * @param change what to change in the frame, e.g. {@code f -> f.withLang(Lang.ZH)}
     * @return a copy of this chart in the changed frame
     */
    public C withFrame(UnaryOperator<ChartFrame> change) {
        return withFrame(change.apply(frame));
    }

    /**
     * @param newData the chart's data, checked by the caller
     * @return a copy of this chart with that data, in this frame
     */
    C withData(D newData) {
        return copy.apply(Objects.requireNonNull(newData, "newData"), frame);
    }

    /** @return language of the labels */
    public Lang lang() {
        return frame.lang();
    }

    /**
     * @return the title drawn: the one set, or the chart's default in its language; with typographic
     *     comparison signs ({@code >=} drawn as ≥, {@code <=} as ≤)
     */
    public String title() {
        return typographic(frame.title().isBlank() ? defaultTitle.apply(labels()) : frame.title());
    }

    /** @return the subtitle drawn, with typographic comparison signs; empty if none */
    public String subtitle() {
        return typographic(frame.subtitle());
    }

    /**
     * @param text a text as typed, e.g. a target's label {@code share >= 45% in 2029}
     * @return it with {@code >=} and {@code <=} as the signs ≥ and ≤
     */
    static String typographic(String text) {
        return text.replace(">=", "\u2265").replace("<=", "\u2264");
    }

    /** @return the source line drawn: the one set, or the default of the chart's language */
    public String sourceLine() {
        return frame.sourceLineDrawn();
    }

    /** @return the provenance footer drawn; empty if none */
    public String footer() {
        return frame.footer();
    }

    /** @return the labels of the chart's language */
    Labels labels() {
        return Labels.of(frame.lang());
    }

    /**
     * @param preset sizes and type sizes
     * @param xAxisTitle title of the x axis
     * @param yAxisTitle title of the y axis
     * @return a new framed chart with this chart's title and frame, and no series
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    FramedXYChart newChart(ChartPreset preset, String xAxisTitle, String yAxisTitle) {
        return frame.with(ChartFrame.Text.SUBTITLE, subtitle()).newChart(preset, title(), xAxisTitle, yAxisTitle);
    }

    /**
     * @param preset sizes and type sizes
     * @return a new framed chart over the years, the share in percent up the side, with no series
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    FramedXYChart newShareChart(ChartPreset preset) {
        return newChart(preset, labels().text(Labels.AXIS_YEAR), labels().text(Labels.AXIS_SHARE));
    }

    /** @return the chart's kind, its data and its language, e.g. {@code FanChart[Data[...], en]} */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + data + ", " + frame.lang().code() + "]";
    }
}

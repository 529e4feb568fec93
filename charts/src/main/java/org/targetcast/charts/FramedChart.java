package org.targetcast.charts;

import java.util.Objects;
import java.util.function.Function;
import org.knowm.xchart.XYChart;

/**
 * What every chart shares: its {@link ChartFrame} (title, subtitle, source line, footer, language, preset)
 * and the copies that change it. A chart keeps only what is its own (its data, its marks, its default
 * title) and builds its XChart chart in {@link #toXChart(ChartPreset)}. Charts are immutable; each
 * {@code with} method returns a copy.
 *
 * @param <C> the chart type, returned by the copies
 */
public abstract class FramedChart<C extends FramedChart<C>> {
    private final ChartFrame frame;
    private final Function<Labels, String> defaultTitle;

    /**
     * @param frame the frame; not null
     * @param defaultTitle the title used when the frame sets none, from the labels of the frame's language
     */
    FramedChart(ChartFrame frame, Function<Labels, String> defaultTitle) {
        this.frame = Objects.requireNonNull(frame, "frame");
        this.defaultTitle = Objects.requireNonNull(defaultTitle, "defaultTitle");
    }

    /**
     * @param newFrame title, subtitle, source line, footer, language and preset
     * @return a copy of this chart in that frame
     */
    public abstract C withFrame(ChartFrame newFrame);

    /**
     * Builds a new XChart chart; each call returns a fresh, independent chart.
     *
     * @param preset sizes and type sizes (instead of the frame's)
     * @return the chart, laid out at {@link ChartPreset#width()} × {@link ChartPreset#height()} points
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    public abstract XYChart toXChart(ChartPreset preset);

    /**
     * @return the chart laid out for the frame's preset
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    public XYChart toXChart() {
        return toXChart(frame.preset());
    }

    /** @return the frame */
    public ChartFrame frame() {
        return frame;
    }

    /**
     * @param newTitle the chart title; blank for the default title of the chart's language
     * @return a copy with that title
     */
    public C withTitle(String newTitle) {
        return withFrame(frame.withTitle(newTitle));
    }

    /**
     * @param newSubtitle a line under the title; blank for none
     * @return a copy with that subtitle
     */
    public C withSubtitle(String newSubtitle) {
        return withFrame(frame.withSubtitle(newSubtitle));
    }

    /**
     * @param newSourceLine where the data come from; blank for the default of the chart's language
     * @return a copy with that source line
     */
    public C withSourceLine(String newSourceLine) {
        return withFrame(frame.withSourceLine(newSourceLine));
    }

    /**
     * @param provenance what produced the chart (scenario, data hash, seed, version); blank for none
     * @return a copy with that footer
     */
    public C withFooter(String provenance) {
        return withFrame(frame.withFooter(provenance));
    }

    /**
     * @param newLang language of the labels
     * @return a copy in that language
     */
    public C withLang(Lang newLang) {
        return withFrame(frame.withLang(newLang));
    }

    /**
     * @param newPreset size and type sizes used by {@link #toXChart()}
     * @return a copy for that preset
     */
    public C withPreset(ChartPreset newPreset) {
        return withFrame(frame.withPreset(newPreset));
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
        return frame.withSubtitle(subtitle()).newChart(preset, title(), xAxisTitle, yAxisTitle);
    }

    /**
     * @param preset sizes and type sizes
     * @return a new framed chart over the years, the share in percent up the side, with no series
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    FramedXYChart newShareChart(ChartPreset preset) {
        return newChart(preset, labels().text(Labels.AXIS_YEAR), labels().text(Labels.AXIS_SHARE));
    }
}

package org.targetcast.charts;

import java.util.Objects;

/**
 * What frames a chart, the same for every kind: the texts around it (title, subtitle, source line,
 * provenance footer), the language of all its labels and the preset it is laid out for. A blank title or
 * source line stands for the default of the language (each chart has its own default title); a blank
 * subtitle or footer is not drawn. Every chart holds one ({@link FramedChart#frame()}) and is configured
 * with copies of it:
 * <pre>{@code
 * ChartFrame frame = ChartFrame.of(Lang.ZH, ChartPreset.SLIDES).with(Text.FOOTER, "scenario baseline, seed 1");
 * XYChart chart = FanChart.of(history, bands).withFrame(frame).toXChart();
 * }</pre>
 *
 * @param title the title; blank for the chart's default
 * @param subtitle a line under the title; blank for none
 * @param sourceLine where the data come from; blank for {@link Labels#SOURCE_DEFAULT}
 * @param footer what produced the chart; blank for none
 * @param lang language of the labels
 * @param preset size and type sizes
 */
public record ChartFrame(
        String title, String subtitle, String sourceLine, String footer, Lang lang, ChartPreset preset) {
    /** Checks for nulls. */
    public ChartFrame {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(preset, "preset");
    }

    /** @return English for the web, default title and source line, no subtitle, no footer */
    public static ChartFrame defaults() {
        return of(Lang.EN, ChartPreset.WEB);
    }

    /**
     * @param lang language of the labels
     * @param preset size and type sizes
     * @return that language and preset, default title and source line, no subtitle, no footer
     */
    public static ChartFrame of(Lang lang, ChartPreset preset) {
        return new ChartFrame("", "", "", "", lang, preset);
    }

    /** The texts around a chart, set by {@link #with(Text, String)}. */
    public enum Text {
        /** The title; blank for the chart's default in its language. */
        TITLE,
        /** A line under the title; blank for none. */
        SUBTITLE,
        /** Where the data come from, shown at the foot; blank for the default of the language. */
        SOURCE_LINE,
        /** What produced the chart (scenario, data hash, seed, version), under the source line; blank for none. */
        FOOTER
    }

    /**
     * @param which which text
     * @param text the text; blank for the default of {@code which}
     * @return a copy with that text
     */
    public ChartFrame with(Text which, String text) {
        Objects.requireNonNull(text, which.name());
        return new ChartFrame(
                which == Text.TITLE ? text : title,
                which == Text.SUBTITLE ? text : subtitle,
                which == Text.SOURCE_LINE ? text : sourceLine,
                which == Text.FOOTER ? text : footer,
                lang,
                preset);
    }

    /**
     * @param newLang language of the labels
     * @return a copy in that language
     */
    public ChartFrame withLang(Lang newLang) {
        return new ChartFrame(title, subtitle, sourceLine, footer, newLang, preset);
    }

    /**
     * @param newPreset size and type sizes
     * @return a copy for that preset
     */
    public ChartFrame withPreset(ChartPreset newPreset) {
        return new ChartFrame(title, subtitle, sourceLine, footer, lang, newPreset);
    }

    /** @return the source line drawn: the one set, or the default of the language */
    public String sourceLineDrawn() {
        return sourceLine.isBlank() ? Labels.of(lang).text(Labels.SOURCE_DEFAULT) : sourceLine;
    }

    /**
     * A new framed chart in the house style with the given title and axis titles, this subtitle, source
     * line and footer, and no series.
     *
     * @param layout sizes and type sizes
     * @param titleDrawn the title drawn (already resolved against the chart's default)
     * @param xAxisTitle title of the x axis
     * @param yAxisTitle title of the y axis
     * @return the chart
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    FramedXYChart newChart(ChartPreset layout, String titleDrawn, String xAxisTitle, String yAxisTitle) {
        String family = Fonts.family(lang);
        FramedXYChart chart = new FramedXYChart(
                new ChartFrame(titleDrawn, subtitle.strip(), sourceLineDrawn(), footer.strip(), lang, layout), family);
        chart.setXAxisTitle(xAxisTitle);
        chart.setYAxisTitle(yAxisTitle);
        ChartStyle.style(chart.getStyler(), family, layout);
        return chart;
    }
}

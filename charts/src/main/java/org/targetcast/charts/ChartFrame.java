package org.targetcast.charts;

import java.util.Objects;

/**
 * What frames a chart, the same for every kind: the texts around it (title, subtitle, source line,
 * provenance footer), the language of all its labels and the preset it is laid out for. A blank title or
 * source line stands for the default of the language (each chart has its own default title); a blank
 * subtitle or footer is not drawn. Every chart holds one ({@link FramedChart#frame()}) and is configured
 * with copies of it:
 * <pre>{@code
 * ChartFrame frame = ChartFrame.of(Lang.ZH, ChartPreset.SLIDES).withFooter("scenario baseline, seed 1");
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

    /**
     * @param newTitle the chart title; blank for the default title of the chart's language
     * @return a copy with that title
     */
    public ChartFrame withTitle(String newTitle) {
        return new ChartFrame(newTitle, subtitle, sourceLine, footer, lang, preset);
    }

    /**
     * @param newSubtitle a line under the title; blank for none
     * @return a copy with that subtitle
     */
    public ChartFrame withSubtitle(String newSubtitle) {
        return new ChartFrame(title, newSubtitle, sourceLine, footer, lang, preset);
    }

    /**
     * @param newSourceLine where the data come from, shown at the foot; blank for the default of the language
     * @return a copy with that source line
     */
    public ChartFrame withSourceLine(String newSourceLine) {
        return new ChartFrame(title, subtitle, newSourceLine, footer, lang, preset);
    }

    /**
     * @param provenance what produced the chart (scenario, data hash, seed, version), shown under the source
     *     line; blank for none
     * @return a copy with that footer
     */
    public ChartFrame withFooter(String provenance) {
        return new ChartFrame(title, subtitle, sourceLine, provenance, lang, preset);
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

package org.targetcast.charts;

import java.util.Objects;

/**
 * The texts around a chart and their language: title, subtitle, source line and provenance footer. A blank
 * title or source line stands for the default of the language; a blank subtitle or footer is not drawn.
 * Shared by the chart classes, which hold one and copy it when configured.
 *
 * @param title the title; blank for the chart's default
 * @param subtitle a line under the title; blank for none
 * @param sourceLine where the data come from; blank for {@link Labels#SOURCE_DEFAULT}
 * @param footer what produced the chart; blank for none
 * @param lang language of the labels
 */
record FrameText(String title, String subtitle, String sourceLine, String footer, Lang lang) {
    FrameText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(lang, "lang");
    }

    /** @return English, default title and source line, no subtitle, no footer */
    static FrameText defaults() {
        return new FrameText("", "", "", "", Lang.EN);
    }

    FrameText withTitle(String newTitle) {
        return new FrameText(newTitle, subtitle, sourceLine, footer, lang);
    }

    FrameText withSubtitle(String newSubtitle) {
        return new FrameText(title, newSubtitle, sourceLine, footer, lang);
    }

    FrameText withSourceLine(String newSourceLine) {
        return new FrameText(title, subtitle, newSourceLine, footer, lang);
    }

    FrameText withFooter(String newFooter) {
        return new FrameText(title, subtitle, sourceLine, newFooter, lang);
    }

    FrameText withLang(Lang newLang) {
        return new FrameText(title, subtitle, sourceLine, footer, newLang);
    }

    /**
     * @param defaultKey label key of the chart's default title
     * @return the title drawn: the one set, or the default of the language
     */
    String titleOr(String defaultKey) {
        return title.isBlank() ? Labels.of(lang).text(defaultKey) : title;
    }

    /** @return the source line drawn: the one set, or the default of the language */
    String sourceLineDrawn() {
        return sourceLine.isBlank() ? Labels.of(lang).text(Labels.SOURCE_DEFAULT) : sourceLine;
    }

    /**
     * A new framed chart in the house style, with title, axis titles, subtitle, source line and footer set
     * and no series.
     *
     * @param preset sizes and type sizes
     * @param defaultTitleKey label key of the title used when none is set
     * @return the chart
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    FramedXYChart newChart(ChartPreset preset, String defaultTitleKey) {
        Labels labels = Labels.of(lang);
        return newChart(preset, titleOr(defaultTitleKey), labels.text(Labels.AXIS_YEAR), labels.text(Labels.AXIS_SHARE));
    }

    /**
     * A new framed chart in the house style with the given title and axis titles, this subtitle, source
     * line and footer, and no series.
     *
     * @param preset sizes and type sizes
     * @param titleDrawn the title drawn (already resolved against the language's default)
     * @param xAxisTitle title of the x axis
     * @param yAxisTitle title of the y axis
     * @return the chart
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    FramedXYChart newChart(ChartPreset preset, String titleDrawn, String xAxisTitle, String yAxisTitle) {
        String family = Fonts.family(lang);
        FramedXYChart chart = new FramedXYChart(preset.width(), preset.height(), subtitle.strip(), sourceLineDrawn(),
                footer.strip(), family, preset, lang);
        chart.setTitle(titleDrawn);
        chart.setXAxisTitle(xAxisTitle);
        chart.setYAxisTitle(yAxisTitle);
        ChartStyle.style(chart.getStyler(), family, preset);
        return chart;
    }
}

package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void everyLanguageHasTheSameKeys() {
        for (Lang lang : Lang.values()) {
            assertEquals(Labels.of(Lang.EN).keys(), Labels.of(lang).keys(), lang.code());
        }
    }

    @Test
    void everyKeyConstantHasALabelInEveryLanguage() {
        for (Lang lang : Lang.values()) {
            for (String key : new String[] {
                Labels.SHARE_TITLE,
                Labels.SHARE_SUBTITLE,
                Labels.AXIS_SHARE,
                Labels.AXIS_YEAR,
                Labels.LEGEND_HISTORY,
                Labels.LEGEND_PROJECTION,
                Labels.LEGEND_TARGET,
                Labels.SOURCE_DEFAULT,
                Labels.LEGEND_TARGET_PROBABILITY,
                Labels.FAN_TITLE,
                Labels.LEGEND_MEDIAN,
                Labels.LEGEND_BAND,
                Labels.TICK_PERCENT,
                Labels.MAP_TITLE,
                Labels.LEGEND_PROBABILITY_CLASS,
                Labels.LEGEND_CONTOUR,
                Labels.TORNADO_TITLE,
                Labels.TORNADO_AXIS,
                Labels.LEGEND_LOW,
                Labels.LEGEND_HIGH,
                Labels.LEGEND_BASE,
                Labels.OVERLAY_TITLE,
                Labels.LEGEND_SCENARIO_BANDS,
                Labels.AXIS_LEVEL,
                Labels.AXIS_POINTS,
                Labels.BACKTEST_TITLE,
                Labels.BACKTEST_SUBTITLE,
                Labels.LEGEND_FORECAST_FROM,
                Labels.LEGEND_FORECAST_RANGE,
                Labels.COMPONENTS_TITLE,
                Labels.LEGEND_DIGITAL,
                Labels.LEGEND_OTHER,
                Labels.LEGEND_TOTAL,
                Labels.HISTOGRAM_TITLE,
                Labels.HISTOGRAM_AXIS,
                Labels.AXIS_SHARE_IN,
                Labels.LEGEND_BELOW_TARGET,
                Labels.LEGEND_AT_OR_ABOVE_TARGET,
                Labels.DECOMPOSITION_TITLE,
                Labels.LEGEND_CONTRIBUTION_DIGITAL,
                Labels.LEGEND_CONTRIBUTION_OTHER,
                Labels.LEGEND_TOTAL_CHANGE,
                Labels.SENSITIVITY_MODEL_CHOICE,
                Labels.SENSITIVITY_DATA_BASIS
            }) {
                assertTrue(Labels.of(lang).keys().contains(key), lang.code() + " " + key);
            }
        }
    }

    @Test
    void everyLabelFormatsWithTheLegendArguments() {
        for (Lang lang : Lang.values()) {
            for (String key : Labels.of(lang).keys()) {
                assertFalse(Labels.of(lang).text(key, "45", 2029, "23").isBlank(), lang.code() + " " + key);
            }
        }
    }

    @Test
    void writesAxisTitlesInBothLanguages() {
        assertEquals("Share of total services trade (%)", Labels.of(Lang.EN).text(Labels.AXIS_SHARE));
        assertEquals("占服务贸易总额比重（%）", Labels.of(Lang.ZH).text(Labels.AXIS_SHARE));
        assertEquals("Year", Labels.of(Lang.EN).text(Labels.AXIS_YEAR));
        assertEquals("年份", Labels.of(Lang.ZH).text(Labels.AXIS_YEAR));
    }

    @Test
    void namesTheOptionsOfAChoiceInBothLanguages() {
        assertEquals("log-linear", Labels.of(Lang.EN).option("loglinear"));
        assertEquals("贸发会议口径", Labels.of(Lang.ZH).option("unctad"));
        assertEquals("combo", Labels.of(Lang.ZH).option("combo"), "no label: the key as it is");
    }

    @Test
    void writesTargetsWithoutGroupingTheYear() {
        assertEquals("Target 45% in 2029", Labels.of(Lang.EN).target(0.45, 2029));
        assertEquals("2029年目标 45%", Labels.of(Lang.ZH).target(0.45, 2029));
        assertEquals("Target 47.5% in 2031", Labels.of(Lang.EN).target(0.475, 2031));
    }

    @Test
    void writesTargetsWithTheirProbabilityInBothLanguages() {
        assertEquals("Target 45% in 2029: P(in 2029) = 23%", Labels.of(Lang.EN).target(0.45, 2029, 0.234));
        assertEquals("2029年目标 45%：当年达标概率 23%", Labels.of(Lang.ZH).target(0.45, 2029, 0.234));
        assertEquals("Target 50% in 2035: P(in 2035) = 100%", Labels.of(Lang.EN).target(0.5, 2035, 1.0));
    }

    @Test
    void writesBandsInBothLanguages() {
        assertEquals("80% band", Labels.of(Lang.EN).band(0.8));
        assertEquals("80% 区间", Labels.of(Lang.ZH).band(0.8));
    }

    @Test
    void probabilityTextNeverRoundsAnUncertainOutcomeToCertainty() {
        assertEquals("23", Labels.probabilityText(0.234));
        assertEquals("24", Labels.probabilityText(0.235));
        assertEquals("0", Labels.probabilityText(0));
        assertEquals("100", Labels.probabilityText(1));
        assertEquals("0.4", Labels.probabilityText(0.004));
        assertEquals("99.6", Labels.probabilityText(0.9962));
        assertEquals("<0.1", Labels.probabilityText(0.0002));
        assertEquals(">99.9", Labels.probabilityText(0.99996));
    }

    @Test
    void percentTextDropsTrailingZeros() {
        assertEquals("50", Labels.percentText(0.5));
        assertEquals("45", Labels.percentText(0.45));
        assertEquals("44.5", Labels.percentText(0.445));
        assertEquals("33.33", Labels.percentText(1.0 / 3));
    }

    @Test
    void rejectsAnUnknownKeyNamingIt() {
        ChartException e =
                assertThrows(ChartException.class, () -> Labels.of(Lang.ZH).text("no.such.key"));
        assertEquals("no zh label for key 'no.such.key'", e.getMessage());
    }

    @Test
    void parsesLanguageCodes() {
        assertEquals(Lang.ZH, Lang.fromCode("ZH"));
        assertEquals(Lang.EN, Lang.fromCode(" en "));
        assertThrows(ChartException.class, () -> Lang.fromCode("fr"));
    }
}

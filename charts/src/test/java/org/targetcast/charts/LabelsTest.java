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
            for (String key : new String[] {Labels.SHARE_TITLE, Labels.SHARE_SUBTITLE, Labels.AXIS_SHARE, Labels.AXIS_YEAR,
                Labels.LEGEND_HISTORY, Labels.LEGEND_PROJECTION, Labels.LEGEND_TARGET, Labels.SOURCE_DEFAULT}) {
                assertTrue(Labels.of(lang).keys().contains(key), lang.code() + " " + key);
            }
        }
    }

    @Test
    void everyLabelFormatsWithTheTargetArguments() {
        for (Lang lang : Lang.values()) {
            for (String key : Labels.of(lang).keys()) {
                assertFalse(Labels.of(lang).text(key, "45", 2029).isBlank(), lang.code() + " " + key);
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
    void writesTargetsWithoutGroupingTheYear() {
        assertEquals("Target 45 % by 2029", Labels.of(Lang.EN).target(0.45, 2029));
        assertEquals("2029年目标 45%", Labels.of(Lang.ZH).target(0.45, 2029));
        assertEquals("Target 47.5 % by 2031", Labels.of(Lang.EN).target(0.475, 2031));
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
        ChartException e = assertThrows(ChartException.class, () -> Labels.of(Lang.ZH).text("no.such.key"));
        assertEquals("no zh label for key 'no.such.key'", e.getMessage());
    }

    @Test
    void parsesLanguageCodes() {
        assertEquals(Lang.ZH, Lang.fromCode("ZH"));
        assertEquals(Lang.EN, Lang.fromCode(" en "));
        assertThrows(ChartException.class, () -> Lang.fromCode("fr"));
    }
}

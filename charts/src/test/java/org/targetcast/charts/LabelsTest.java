package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LabelsTest {
    /**
     * Groups of keys allowed to hold the same texts in both languages, each with its reason: two concepts
     * that happen to share their words. Empty: every such group found so far was one concept and is one key.
     */
    private static final Map<String, String> SAME_TEXTS_ALLOWED = Map.of();

    /** @return the shipped store: per language, key to template */
    private static Map<Lang, Map<String, String>> shipped() {
        Map<Lang, Map<String, String>> store = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Labels labels = Labels.of(lang);
            Map<String, String> texts = new TreeMap<>();
            labels.keys().forEach(k -> texts.put(k, labels.template(k)));
            store.put(lang, texts);
        }
        return store;
    }

    /** @return a small store with one fault of each kind the checks look for */
    private static Map<Lang, Map<String, String>> broken() {
        Map<Lang, Map<String, String>> store = new EnumMap<>(Lang.class);
        store.put(
                Lang.EN,
                Map.of(
                        "year", "year",
                        "called.year", "year",
                        "axis.year", "Year",
                        "only.en", "only in English",
                        "share.in", "share in %d"));
        store.put(
                Lang.ZH,
                Map.of(
                        "year", "年份",
                        "called.year", "年份",
                        "axis.year", "年份",
                        "share.in", "%1$.1f年占比"));
        return store;
    }

    @Test
    void everyLanguageHasTheSameKeys() {
        assertEquals(Set.of(), LabelStoreChecks.keysMissingSomewhere(shipped()));
        for (Lang lang : Lang.values()) {
            assertEquals(Labels.of(Lang.EN).keys(), Labels.of(lang).keys(), lang.code());
        }
    }

    @Test
    void aKeyMissingFromOneLanguageIsCaught() {
        assertEquals(Set.of("only.en"), LabelStoreChecks.keysMissingSomewhere(broken()));
    }

    @Test
    void noConceptHasTwoKeys() {
        assertEquals(List.of(), LabelStoreChecks.duplicateConcepts(shipped(), SAME_TEXTS_ALLOWED));
    }

    @Test
    void twoKeysWithTheSameTextsInBothLanguagesAreCaughtUnlessAllowed() {
        assertEquals(
                List.of("called.year = year"),
                LabelStoreChecks.duplicateConcepts(broken(), Map.of()),
                "same texts in both languages; axis.year differs in English and is another concept");
        assertEquals(List.of(), LabelStoreChecks.duplicateConcepts(broken(), Map.of("called.year = year", "a reason")));
    }

    @Test
    void everyKeyFormatsWithOneArgumentListInBothLanguages() {
        assertEquals(List.of(), LabelStoreChecks.templatesNotFittingOneArgumentList(shipped()));
    }

    @Test
    void aTemplateWantingAnotherKindOfArgumentIsCaught() {
        assertEquals(List.of("zh share.in"), LabelStoreChecks.templatesNotFittingOneArgumentList(broken()));
        assertArrayEquals(new Object[] {"s", 1, 1.5}, LabelStoreChecks.argumentsFor("%3$.1f %2$d %%%s"));
        assertArrayEquals(new Object[] {1, "s"}, LabelStoreChecks.argumentsFor("%s", "%d年%s"));
    }

    @Test
    void everyKeyConstantHasALabelInEveryLanguage() throws IllegalAccessException {
        int constants = 0;
        for (Field f : Labels.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants++;
                for (Lang lang : Lang.values()) {
                    assertTrue(Labels.of(lang).has((String) f.get(null)), lang.code() + " " + f.getName());
                }
            }
        }
        assertTrue(constants > 50, "found the key constants: " + constants);
    }

    @Test
    void everyChartLabelFormatsWithTheLegendArguments() throws IllegalAccessException {
        for (Field f : Labels.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                for (Lang lang : Lang.values()) {
                    String key = (String) f.get(null);
                    assertFalse(Labels.of(lang).text(key, "45", 2029, "23").isBlank(), lang.code() + " " + key);
                }
            }
        }
    }

    @Test
    void givesATemplateAsWritten() {
        assertEquals("%1$s%% band", Labels.of(Lang.EN).template(Labels.LEGEND_BAND));
        assertTrue(Labels.of(Lang.ZH).has(Labels.LEGEND_BAND));
        assertFalse(Labels.of(Lang.ZH).has("no.such.key"));
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

package org.targetcast.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.targetcast.charts.Lang;
import org.targetcast.model.calibration.RefusedHistory;
import org.targetcast.model.data.PublishedShareCheck;

/**
 * Reasons the shipped data never give, in Chinese all the same: a history refused from the panel (cannot be
 * built, or a vintage break) and a published share the history misses, each with a Chinese text of its own and
 * no English word but the kept names; the English keeps the model's words.
 */
class ChineseReasonsTest {
    private static void chinese(String text) {
        assertEquals(List.of(), KeptNames.untranslated(text, Set.of()), text);
    }

    @Test
    void refusalsHaveAChineseReasonEach() {
        RefusedHistory gap = RefusedHistory.unbuilt(
                "unctad:Kosovo", "history of Kosovo: digital series must be non-empty and have no gaps");
        RefusedHistory vintage = new RefusedHistory(
                "unctad:Fiji",
                "vintage break: digital from S24 (2010-2019), S28 (2020-2023)",
                RefusedHistory.Cause.VINTAGE_BREAK,
                new RefusedHistory.VintageBreak("S24 (2010-2019), S28 (2020-2023)", null));
        chinese(Glossary.refusal(gap, Lang.ZH));
        chinese(Glossary.refusal(vintage, Lang.ZH));
        assertTrue(Glossary.refusal(vintage, Lang.ZH).contains("S24 (2010–2019)、S28 (2020–2023)"));
        assertEquals(gap.reason(), Glossary.refusal(gap, Lang.EN));
        assertEquals(vintage.reason(), Glossary.refusal(vintage, Lang.EN));
        assertEquals("科索沃", EconomyNames.history("unctad:Kosovo", Lang.ZH));
        assertEquals("斐济", EconomyNames.history("unctad:Fiji", Lang.ZH));
        assertEquals("东帝汶", EconomyNames.history("unctad:Timor-Leste", Lang.ZH));
        assertEquals("中国（商务部口径）", EconomyNames.history("china", Lang.ZH));
        assertEquals("unctad:Kosovo", EconomyNames.history("unctad:Kosovo", Lang.EN));
    }

    @Test
    void aMissedPublishedShareIsExplainedInChinese() {
        var arithmetic = new PublishedShareCheck.Arithmetic(100, "S05", 400, "S06", 100 / 0.3, 120, 28.0);
        var check = new PublishedShareCheck(
                2015, "knowledge_intensive_mofcom", 30.0, Set.of("S44"), 25.0, "in English", arithmetic);
        String zh = Glossary.publishedGap(check, Lang.ZH);
        chinese(zh);
        assertTrue(zh.startsWith("100.0（S05）/ 400.0（S06）= 25.0%；若要得到30.0%，服务贸易总额需为333.3（-16.7%）"), zh);
        assertTrue(zh.endsWith("UNCTAD自身的占比为28.0%"), zh);
        assertEquals("in English", Glossary.publishedGap(check, Lang.EN));
        assertFalse(Glossary.series("knowledge_intensive_mofcom", Lang.ZH).contains("_"));
    }
}

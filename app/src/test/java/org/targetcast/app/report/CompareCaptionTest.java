package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;

/** The comparison chart shades one scenario's range (several would blend into one mass): its caption says so. */
class CompareCaptionTest {
    @Test
    void captionSaysTheShadedRangeIsTheFirstScenariosOnly() {
        String en = Glossary.term("report.compare", Lang.EN);
        assertTrue(en.contains("first scenario's"), en);
        assertFalse(en.contains("ranges of every scenario"), en);
        String zh = Glossary.term("report.compare", Lang.ZH);
        assertTrue(zh.contains("第一个情景"), zh);
    }
}

package org.targetcast.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.targetcast.charts.Labels;
import org.targetcast.charts.Lang;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.target.Likelihood;
import org.targetcast.model.target.OnTrackCategory;

class GlossaryTermsTest {
    @Test
    void looksTermsUpInTheStoreTheChartsUse() {
        assertEquals(Labels.of(Lang.ZH).text("p.in"), Glossary.term("p.in", Lang.ZH));
        assertEquals("USD 100 million", Glossary.term("unit.USD_100m", Lang.EN));
        assertEquals(Labels.of(Lang.EN).text(Labels.AXIS_LEVEL), Glossary.unit("USD_100m", Lang.EN));
    }

    @Test
    void printsAPercentSignOfATermAskedForWithoutArguments() {
        assertEquals("50% (25–75%)", Glossary.term("forecast.r50", Lang.EN));
        assertEquals("%", Glossary.term("called.error.pct", Lang.ZH));
    }

    @Test
    void formatsATermGivenArgumentsInTheRootLocale() {
        assertEquals("central 40.5%", Glossary.term("bases.central", Lang.EN, 40.5));
        assertEquals("2029年达到45%的路径", Glossary.term("status.glide", Lang.ZH, "45", 2029));
    }

    @Test
    void givesATemplateTakingArgumentsAsWrittenWhenAskedWithout() {
        assertEquals("share in %d (%%)", Glossary.term("forecast.share", Lang.EN));
    }

    @Test
    void rejectsAnUnknownTermNamingIt() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Glossary.term("no.such.term", Lang.EN));
        assertEquals("no term 'no.such.term'", e.getMessage());
    }

    @Test
    void keepsAUnitOrSeriesWithoutANameAsTheDataNameIt() {
        assertEquals("EUR_bn", Glossary.unit("EUR_bn", Lang.ZH));
        assertEquals("no_such_series", Glossary.series("no_such_series", Lang.ZH));
    }

    @Test
    void namesVerdictWordsOnTrackWordsAndAssumptionsInEnglishAsTheModelDoes() {
        for (Likelihood l : Likelihood.values()) {
            assertEquals(l.label(), Glossary.likelihood(l, Lang.EN), l.name());
        }
        for (OnTrackCategory c : OnTrackCategory.values()) {
            assertEquals(c.label(), Glossary.onTrack(c, Lang.EN), c.name());
        }
        for (Assumption a : Assumption.values()) {
            String d = a.description();
            assertEquals(
                    Character.toUpperCase(d.charAt(0)) + d.substring(1), Glossary.assumption(a, Lang.EN), a.name());
        }
    }

    @Test
    void namesVerdictWordsOnTrackWordsAndAssumptionsInChinese() {
        assertEquals("可能性相当", Glossary.likelihood(Likelihood.ABOUT_EVEN, Lang.ZH));
        assertEquals("需加速", Glossary.onTrack(OnTrackCategory.ACCELERATION_NEEDED, Lang.ZH));
        assertEquals("数字贸易年增长率", Glossary.assumption(Assumption.DIGITAL_GROWTH, Lang.ZH));
        assertEquals("两类冲击的相关系数", Glossary.assumption(Assumption.CORRELATION, Lang.ZH), "the tornado chart's words");
    }
}

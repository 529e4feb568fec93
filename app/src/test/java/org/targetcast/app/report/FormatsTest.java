package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void csvNumbersDropArithmeticNoise() {
        assertEquals("0.3038", Formats.csv(0.30379999999999996));
        assertEquals("0.1", Formats.csv(0.1 + 0.2 - 0.2));
        assertEquals("0.123456789012", Formats.csv(0.1234567890123456));
        assertEquals("123456.789", Formats.csv(123456.789));
        assertEquals("-2.5E-5", Formats.csv(-0.000025));
        assertEquals("0.0", Formats.csv(0));
    }

    @Test
    void csvNeverHoldsNaNOrInfinity() {
        assertEquals("", Formats.csv(Double.NaN));
        assertEquals("", Formats.csv(Double.POSITIVE_INFINITY));
        assertEquals("", Formats.csv(Double.NEGATIVE_INFINITY));
    }

    @Test
    void csvTextNeutralisesFormulasAndControlCharacters() {
        assertEquals(
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"",
                Formats.csvText("=HYPERLINK(\"http://x\",\"click\")"));
        assertEquals("'+1", Formats.csvText("+1"));
        assertEquals("'-1", Formats.csvText("-1"));
        assertEquals("'@SUM(A1)", Formats.csvText("@SUM(A1)"));
        assertEquals("[31mred", Formats.csvText("\u001b[31mred\u0007"), "the escape character and the bell removed");
        assertEquals("share ≥ 45% in 2029", Formats.csvText("share ≥ 45% in 2029"));
        assertEquals("\"a, b\"", Formats.csvText("a, b"));
    }

    @Test
    void htmlDropsControlCharacters() {
        assertEquals("&lt;b&gt;bold[31m", HtmlReport.esc("<b>bold\u001b[31m\u0000"));
    }
}

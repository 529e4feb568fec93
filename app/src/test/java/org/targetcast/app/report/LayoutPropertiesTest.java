package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.targetcast.charts.Lang;

/**
 * Part of the attack suite: every text layout of the writers (the PDF report's lines, the terminal's wrapped
 * paragraphs) takes time linear in the text, whatever the text: long words, no spaces at all, Chinese without
 * spaces, runs of spaces or closing punctuation. Texts up to 20,000 characters, far beyond the limits the
 * readers allow, each laid out within a bound a quadratic layout already misses (a one-word title of 4,000
 * characters took a minute with the cubic one). Nothing is lost: the lines hold every character but spaces.
 */
class LayoutPropertiesTest {
    private static PDDocument doc;
    private static PdfFonts fonts;

    @BeforeContainer
    static void openFonts() throws IOException {
        doc = new PDDocument();
        fonts = PdfFonts.load(doc, Lang.EN);
        // the fallback fonts are read when first needed: read them before the clock runs
        PdfReport.wrap("中😀", fonts.regular(), 9.5f, 495);
    }

    @AfterContainer
    static void closeFonts() throws IOException {
        fonts.close();
        doc.close();
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars('L', 'W', 'i', '.')
                        .ofMinLength(1000)
                        .ofMaxLength(20_000),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(" ", "   ", "中", "数字贸易", "，", "。", "😀", "-", "\t"),
                Arbitraries.strings().withChars(' ').ofMinLength(100).ofMaxLength(5000),
                Arbitraries.strings().withChars('，', '。').ofMinLength(100).ofMaxLength(5000));
        return piece.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(seed = "20260101", tries = 120, edgeCases = EdgeCasesMode.NONE)
    void everyWriterLaysOutAnyTextInLinearTime(@ForAll("hostileText") String text) {
        List<String> lines = assertTimeoutPreemptively(
                Duration.ofSeconds(3), () -> PdfReport.wrap(text, fonts.regular(), 9.5f, 495));
        assertEquals(text.replaceAll("\\s", ""), String.join("", lines).replaceAll("\\s", ""), "nothing lost");
        StringWriter terminal = new StringWriter();
        assertTimeoutPreemptively(
                Duration.ofSeconds(3), () -> Table.wrapped(text, 100, "  ", new PrintWriter(terminal)));
        assertTrue(terminal.toString().replaceAll("\\s", "").equals(text.replaceAll("\\s", "")), "nothing lost");
    }
}

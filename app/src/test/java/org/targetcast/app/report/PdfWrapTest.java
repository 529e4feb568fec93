package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.targetcast.charts.Lang;

/** The report's line breaking: lines that fit, nothing lost, and time linear in the text's length. */
class PdfWrapTest {
    private static final float SIZE = 9.5f;
    private static final float MAX = 300;

    @Test
    void wrapsALongWordIntoLinesThatFitWithoutLosingACharacter() throws IOException {
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.load(doc, Lang.EN)) {
            String word = "L".repeat(5_000);
            List<String> lines = PdfReport.wrap(word, fonts.regular(), SIZE, MAX);
            assertEquals(word, String.join("", lines));
            assertTrue(lines.size() > 10, "cut into many lines: " + lines.size());
            for (String l : lines) {
                assertTrue(width(fonts, l) <= MAX + 1e-3, "a line of " + l.length() + " characters is too wide");
            }
            // full lines: one more character would not fit
            String first = lines.get(0);
            assertTrue(width(fonts, first + "L") > MAX);
        }
    }

    @Test
    void wrapsWordsAtSpacesAsBefore() throws IOException {
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.load(doc, Lang.EN)) {
            List<String> lines = PdfReport.wrap("alpha beta gamma", fonts.regular(), SIZE, 1000);
            assertEquals(List.of("alpha beta gamma"), lines);
            List<String> narrow = PdfReport.wrap("alpha beta gamma", fonts.regular(), SIZE, 40);
            assertEquals(List.of("alpha", "beta", "gamma"), narrow);
        }
    }

    /**
     * A title of one 10,000-character word took minutes (each cut re-measured the whole remaining word, a
     * cubic cost); measured once per character it takes milliseconds. The bound is two orders of magnitude
     * above the linear time, far below the old one.
     */
    @Test
    void wrapsATenThousandCharacterWordWithoutHanging() throws IOException {
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.load(doc, Lang.EN)) {
            String word = "W".repeat(10_000) + " " + "x".repeat(10_000);
            List<String> lines = assertTimeoutPreemptively(
                    Duration.ofSeconds(5), () -> PdfReport.wrap(word, fonts.regular(), SIZE, MAX));
            assertEquals(word.replace(" ", ""), String.join("", lines));
        }
    }

    private static float width(PdfFonts fonts, String s) throws IOException {
        return fonts.regular().first("L").getStringWidth(s) / 1000 * SIZE;
    }
}

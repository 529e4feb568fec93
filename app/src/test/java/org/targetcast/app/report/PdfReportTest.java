package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.targetcast.charts.Lang;

class PdfReportTest {
    @Test
    void columnsThatFitKeepTheirWidth() {
        assertArrayEquals(new float[] {100, 200}, PdfReport.columnWidths(new float[] {100, 200}, 400));
    }

    @Test
    void narrowColumnsKeepTheirWidthAndWideOnesShareTheRestInProportion() {
        float[] w = PdfReport.columnWidths(new float[] {40, 400, 200, 50}, 400);
        assertEquals(40, w[0]);
        assertEquals(50, w[3]);
        assertEquals(310, w[1] + w[2], 1e-3);
        assertEquals(2, w[1] / w[2], 1e-3, "in proportion to what they would need");
    }

    @Test
    void anEnglishReportSetsAChineseNameInTheCjkFontReadWhenFirstNeeded() throws IOException {
        assumeTrue(PdfFonts.CJK.stream().anyMatch(PdfFonts.installed()::containsKey), "a CJK font is installed");
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.load(doc, Lang.EN)) {
            PDFont latin = fonts.regular().first("a");
            assertNotNull(latin);
            PDFont chinese = fonts.regular().first("数");
            assertNotNull(chinese, "the CJK font has the character");
            assertNotSame(latin, chinese);
            assertSame(chinese, fonts.bold().first("数"), "read once, shared by regular and bold text");
            assertSame(chinese, fonts.regular().last(), "a character no font has is set as '?' in the last font");
            assertSame(latin, fonts.regular().first("b"), "Latin text stays in the Latin font");
        }
    }
}

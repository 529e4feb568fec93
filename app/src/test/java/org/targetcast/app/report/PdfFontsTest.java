package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.charts.Lang;
import org.targetcast.charts.ShippedFont;
import org.targetcast.charts.SystemFonts;

/** Which font each character of a PDF report is set in, on machines played by font folders. */
class PdfFontsTest {
    @TempDir
    Path dir;

    @AfterEach
    void installedFontsAgain() {
        System.clearProperty(SystemFonts.FOLDERS_PROPERTY);
    }

    /** Plays a machine whose only font is a Latin one: the shipped face cut to ASCII, as dejavusans.ttf. */
    private void latinOnlyMachine() throws IOException {
        try (InputStream in = ShippedFont.Face.REGULAR.open();
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                OutputStream out = Files.newOutputStream(dir.resolve("dejavusans.ttf"))) {
            TTFSubsetter subset = new TTFSubsetter(ttf);
            for (int c = 0x20; c < 0x7F; c++) {
                subset.add(c);
            }
            subset.writeToStream(out);
        }
        System.setProperty(SystemFonts.FOLDERS_PROPERTY, dir.toString());
    }

    @Test
    void anEnglishReportReadsNoChineseFontUntilAChineseCharacterComes() throws IOException {
        latinOnlyMachine();
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.load(doc, Lang.EN)) {
            PDFont latin = fonts.regular().first("a");
            assertNotNull(latin);
            assertEquals(1, fonts.regular().fontsRead(), "only the Latin font is read for Latin text");
            PDFont chinese = fonts.regular().first("数");
            assertNotNull(chinese, "the shipped font has the character");
            assertNotSame(latin, chinese);
            assertEquals(2, fonts.regular().fontsRead(), "the shipped font is read, no installed CJK font");
            assertSame(latin, fonts.regular().first("b"), "Latin text stays in the Latin font");
        }
    }

    @Test
    void aChineseReportIsSetInTheShippedFontLatinIncluded() throws IOException {
        latinOnlyMachine();
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.load(doc, Lang.ZH)) {
            PDFont chinese = fonts.regular().first("数");
            assertSame(chinese, fonts.regular().first("a"), "Latin letters in the same font, whatever is installed");
            assertEquals(1, fonts.regular().fontsRead());
            assertTrue(chinese.getName().endsWith("NotoSansSC-Regular"), chinese.getName());
            assertTrue(fonts.bold().first("数").getName().endsWith("NotoSansSC-Bold"), "headings in the bold face");
        }
    }

    @Test
    void aMachineWithNoFontAtAllSetsBothLanguagesInTheShippedFont() throws IOException {
        System.setProperty(SystemFonts.FOLDERS_PROPERTY, dir.toString());
        for (Lang lang : Lang.values()) {
            try (PDDocument doc = new PDDocument();
                    PdfFonts fonts = PdfFonts.load(doc, lang)) {
                assertNotNull(fonts.regular().first("a"), lang + ": Latin");
                assertNotNull(fonts.regular().first("数"), lang + ": Chinese");
                // a character of GB 2312 level 2, outside the shipped font, with no installed font to fall back on
                assertNull(fonts.regular().first("鑫"), lang + ": set as '?' in the last font");
                assertNotNull(fonts.regular().last());
            }
        }
    }
}

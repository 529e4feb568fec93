package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontsTest {
    /** A logical font made the SVG writer parse every installed font, CJK collections included. */
    @Test
    void englishChartsUseAPhysicalFontSoNoInstalledFontIsParsed() {
        assertEquals(ShippedFont.FAMILY, Fonts.family(Lang.EN));
    }

    @Test
    void chineseUsesTheShippedFontWhateverIsInstalled() {
        assertEquals(ShippedFont.FAMILY, Fonts.family(Lang.ZH));
        Font regular = ShippedFont.font(Font.PLAIN, 12);
        Font bold = ShippedFont.font(Font.BOLD, 12);
        assertEquals(ShippedFont.FAMILY, regular.getFamily(Locale.ROOT));
        assertEquals(-1, regular.canDisplayUpTo(Fonts.CJK_SAMPLE));
        assertTrue(bold.getFontName(Locale.ROOT).contains("Bold"), bold.getFontName(Locale.ROOT));
        assertEquals(12f, bold.getSize2D());
    }

    @Test
    void shippedFacesHaveTrueTypeOutlinesSoPdfBoxCanEmbedThem() throws IOException {
        for (ShippedFont.Face face : ShippedFont.Face.values()) {
            try (InputStream in = face.open();
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                assertTrue(SystemFonts.embeddable(ttf), face + " has a glyf table");
                assertTrue(ttf.getUnicodeCmapLookup().getGlyphId('数') > 0, face + " has 数");
                assertTrue(ttf.getUnicodeCmapLookup().getGlyphId('a') > 0, face + " has Latin letters");
            }
        }
    }

    /**
     * Every Chinese character the project writes (labels, glossary, economy names, explorer, scenarios) is in the shipped
     * font: a new label with a character outside it fails here, not on a user's chart. Rebuild the font with
     * {@code charts/fonts/subset.py} when it does.
     */
    @Test
    void shippedFontHasEveryChineseCharacterOfTheProjectsOwnText() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        TreeSet<String> missing = new TreeSet<>();
        for (String folder : new String[] {
            "charts/src/main", "engine/src/main", "api/src/main", "app/src/main", "model/src/main", "scenarios"
        }) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(java|properties|yaml|csv)$"))
                        .toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    text.codePoints()
                            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                            .mapToObj(Character::toString)
                            .filter(c -> ShippedFont.firstMissing(c) != -1)
                            .forEach(c -> missing.add(c + " in " + root.relativize(f)));
                }
            }
        }
        assertEquals(new TreeSet<String>(), missing);
    }

    @Test
    void aFontWithoutTrueTypeOutlinesIsNotEmbeddable() throws IOException {
        // the CFF-outlined Noto CJK collection of Debian, where installed; the check reads only the table map
        for (Path p : SystemFonts.all(java.util.List.of("notosanscjk-regular.ttc"))) {
            try (var c = new org.apache.fontbox.ttf.TrueTypeCollection(p.toFile())) {
                assertEquals(java.util.Optional.empty(), SystemFonts.embeddableFace(c), p + " is CFF");
            }
        }
    }
}

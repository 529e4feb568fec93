package org.targetcast.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.targetcast.charts.Lang;
import org.targetcast.charts.ShippedFont;
import org.targetcast.charts.SystemFonts;

/**
 * The fonts a PDF report is set in, embedded as subsets. Each character is set in the first font of a
 * chain that has a glyph for it:
 * <ul>
 *   <li>Chinese: the shipped {@link ShippedFont} (Chinese, Latin, digits and symbols), so that the report
 *       is the same on every machine; then the fallbacks below.</li>
 *   <li>English: the first installed Latin font of {@link SystemFonts#LATIN} (bold:
 *       {@link SystemFonts#LATIN_BOLD}), else the shipped font; then the fallbacks.</li>
 *   <li>Fallbacks, each read only when a character the fonts before it lack comes: the shipped font, then
 *       the installed CJK fonts of {@link SystemFonts#CJK} that have TrueType outlines (a CFF font, such as
 *       Noto CJK, is never embedded: PDFBox cannot subset it).</li>
 * </ul>
 * An English report with no Chinese name reads no Chinese font at all.
 */
final class PdfFonts implements AutoCloseable {
    private final Chain regular;
    private final Chain bold;
    private final List<TrueTypeCollection> open;

    private PdfFonts(Chain regular, Chain bold, List<TrueTypeCollection> open) {
        this.regular = regular;
        this.bold = bold;
        this.open = open;
    }

    /**
     * @param doc the document the fonts are embedded in
     * @param lang the report's language
     * @return the fonts
     * @throws IOException if the shipped font cannot be read
     */
    static PdfFonts load(PDDocument doc, Lang lang) throws IOException {
        List<TrueTypeCollection> open = new ArrayList<>();
        Lazy shippedRegular = new Lazy(() -> Optional.of(shipped(doc, ShippedFont.Face.REGULAR)));
        Lazy shippedBold = new Lazy(() -> Optional.of(shipped(doc, ShippedFont.Face.BOLD)));
        Lazy cjk = new Lazy(() -> installedCjk(doc, open));
        Lazy latin = new Lazy(() -> installed(doc, SystemFonts.LATIN));
        Lazy latinBold = new Lazy(() -> installed(doc, SystemFonts.LATIN_BOLD).or(latin::get));
        Chain regular;
        Chain bold;
        if (lang == Lang.ZH) {
            regular = new Chain(List.of(shippedRegular, latin, cjk));
            bold = new Chain(List.of(shippedBold, latinBold, cjk));
        } else {
            regular = new Chain(List.of(latin, shippedRegular, cjk));
            bold = new Chain(List.of(latinBold, shippedBold, cjk));
        }
        return new PdfFonts(regular, bold, open);
    }

    /** @return the regular fonts, in the order characters look for a glyph */
    Chain regular() {
        return regular;
    }

    /** @return the bold fonts, likewise */
    Chain bold() {
        return bold;
    }

    /** A font read the first time a character needs it, at most once; empty if there is none. */
    private static final class Lazy {
        private final Loader load;
        private Optional<PDFont> font;

        Lazy(Loader load) {
            this.load = load;
        }

        Optional<PDFont> get() {
            if (font == null) {
                try {
                    font = load.load();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return font;
        }

        /** @return whether the font has been read */
        boolean read() {
            return font != null;
        }
    }

    /** Reads a font. */
    @FunctionalInterface
    private interface Loader {
        Optional<PDFont> load() throws IOException;
    }

    /**
     * Fonts a piece of text looks in, in order, for each character; each is read the first time a
     * character reaches it.
     */
    static final class Chain {
        private final List<Lazy> fonts;
        /** The font found for each character asked (empty: none has it): a report asks for each many times. */
        private final Map<String, Optional<PDFont>> found = new HashMap<>();

        private Chain(List<Lazy> fonts) {
            this.fonts = List.copyOf(fonts);
        }

        /**
         * @param ch one character, as a string
         * @return the first font that has a glyph for it, or null
         */
        PDFont first(String ch) {
            Optional<PDFont> known = found.get(ch);
            if (known == null) {
                known = Optional.ofNullable(search(ch));
                found.put(ch, known);
            }
            return known.orElse(null);
        }

        private PDFont search(String ch) {
            for (Lazy f : fonts) {
                Optional<PDFont> font = f.get();
                if (font.isPresent() && encodes(font.get(), ch)) {
                    return font.get();
                }
            }
            return null;
        }

        /** @return the first font of the chain there is, which sets a character no font has as "?" */
        PDFont last() {
            for (Lazy f : fonts) {
                Optional<PDFont> font = f.get();
                if (font.isPresent()) {
                    return font.get();
                }
            }
            throw new IllegalStateException("the shipped font is always there");
        }

        /** @return how many fonts of the chain have been read so far */
        int fontsRead() {
            return (int) fonts.stream().filter(Lazy::read).count();
        }

        private static boolean encodes(PDFont font, String ch) {
            try {
                font.encode(ch);
                return font.getStringWidth(ch) > 0 || ch.equals(" ");
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeCollection c : open) {
            c.close();
        }
    }

    private static PDFont shipped(PDDocument doc, ShippedFont.Face face) throws IOException {
        try (InputStream in = face.open()) {
            return PDType0Font.load(doc, in, true);
        }
    }

    /** @return the first of the installed files named that PDFBox can embed */
    private static Optional<PDFont> installed(PDDocument doc, List<String> names) {
        for (Path p : SystemFonts.all(names)) {
            try {
                return Optional.of(PDType0Font.load(doc, p.toFile()));
            } catch (IOException | RuntimeException e) {
                // a damaged or CFF-outlined file: try the next one
            }
        }
        return Optional.empty();
    }

    /** @return the first installed CJK font with TrueType outlines, its collection kept open until close */
    private static Optional<PDFont> installedCjk(PDDocument doc, List<TrueTypeCollection> open) {
        for (Path p : SystemFonts.all(SystemFonts.CJK)) {
            try {
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    TrueTypeCollection c = new TrueTypeCollection(p.toFile());
                    Optional<TrueTypeFont> face = SystemFonts.embeddableFace(c);
                    if (face.isEmpty()) {
                        c.close();
                        continue;
                    }
                    open.add(c);
                    return Optional.of(PDType0Font.load(doc, face.get(), true));
                }
                TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                        .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(p.toFile()));
                if (!SystemFonts.embeddable(ttf)) {
                    ttf.close();
                    continue;
                }
                return Optional.of(PDType0Font.load(doc, ttf, true));
            } catch (IOException | RuntimeException e) {
                // a damaged file: try the next one
            }
        }
        return Optional.empty();
    }
}

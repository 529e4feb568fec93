package org.targetcast.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.targetcast.charts.Lang;

/**
 * The fonts a PDF report is set in, embedded as subsets: a Latin font, then, for Chinese (and for any
 * Chinese name in an English report), a CJK font. Font files are looked up by name in the usual font
 * folders of Linux, macOS and Windows; collections ({@code .ttc}, e.g. Debian's
 * {@code fonts-wqy-microhei}) are read with PDFBox's {@link TrueTypeCollection}. Fonts with CFF outlines
 * cannot be embedded this way and are skipped. Each character is set in the first font that has it; with
 * no font file at all, an English report falls back to the standard Helvetica (not embedded). An English
 * report reads its CJK font only when a character its Latin font lacks comes (most English reports never
 * do): a collection of CJK faces takes longer to read than the rest of the report to set.
 */
final class PdfFonts implements AutoCloseable {
    /** Latin fonts, best first (file names, lower case). */
    static final List<String> LATIN =
            List.of("dejavusans.ttf", "liberationsans-regular.ttf", "notosans-regular.ttf", "arial.ttf");
    /** Bold Latin fonts for headings, best first. */
    static final List<String> LATIN_BOLD =
            List.of("dejavusans-bold.ttf", "liberationsans-bold.ttf", "notosans-bold.ttf", "arialbd.ttf");
    /** CJK fonts with TrueType outlines, best first. */
    static final List<String> CJK = List.of(
            "wqy-microhei.ttc",
            "wqy-zenhei.ttc",
            "droidsansfallbackfull.ttf",
            "droidsansfallback.ttf",
            "notosanscjk-regular.ttc",
            "msyh.ttc",
            "simsun.ttc");

    private final Chain regular;
    private final Chain bold;
    private final List<TrueTypeCollection> open;

    private PdfFonts(List<PDFont> regular, List<PDFont> bold, List<TrueTypeCollection> open, Fallback fallback) {
        this.regular = new Chain(regular, fallback);
        this.bold = new Chain(bold, fallback);
        this.open = open;
    }

    /**
     * @param doc the document the fonts are embedded in
     * @param lang the report's language
     * @return the fonts
     * @throws IOException if Chinese is asked for and no CJK font can be embedded
     */
    static PdfFonts load(PDDocument doc, Lang lang) throws IOException {
        Map<String, Path> files = installed();
        List<TrueTypeCollection> open = new ArrayList<>();
        List<PDFont> regular = new ArrayList<>();
        List<PDFont> bold = new ArrayList<>();
        if (lang == Lang.ZH) {
            PDFont cjk = first(doc, files, CJK, open)
                    .orElseThrow(() -> new IOException("report.pdf: no installed font with Chinese glyphs can be "
                            + "embedded; install fonts-wqy-microhei"));
            regular.add(cjk);
            bold.add(cjk);
        }
        Optional<PDFont> latin = first(doc, files, LATIN, open);
        latin.ifPresent(regular::add);
        first(doc, files, LATIN_BOLD, open).or(() -> latin).ifPresent(bold::add);
        // an English report looks in the CJK font only for characters its Latin font lacks (a Chinese name),
        // so the font is read only when such a character comes
        Fallback fallback = lang == Lang.ZH || latin.isEmpty()
                ? new Fallback(() -> Optional.empty())
                : new Fallback(() -> first(doc, files, CJK, open));
        if (latin.isEmpty() && lang != Lang.ZH) {
            first(doc, files, CJK, open).ifPresent(cjk -> {
                regular.add(cjk);
                bold.add(cjk);
            });
        }
        if (regular.isEmpty()) {
            regular.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            bold.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
        }
        return new PdfFonts(regular, bold, open, fallback);
    }

    /** @return the regular fonts, in the order characters look for a glyph */
    Chain regular() {
        return regular;
    }

    /** @return the bold fonts, likewise */
    Chain bold() {
        return bold;
    }

    /** A font read the first time a character needs it, at most once. */
    private static final class Fallback {
        private final Supplier<Optional<PDFont>> load;
        private Optional<PDFont> font;

        Fallback(Supplier<Optional<PDFont>> load) {
            this.load = load;
        }

        Optional<PDFont> get() {
            if (font == null) {
                font = load.get();
            }
            return font;
        }
    }

    /**
     * Fonts a piece of text looks in, in order, for each character: the fonts read up front, then the
     * fallback font.
     */
    static final class Chain {
        private final List<PDFont> fonts;
        private final Fallback fallback;

        private Chain(List<PDFont> fonts, Fallback fallback) {
            this.fonts = List.copyOf(fonts);
            this.fallback = fallback;
        }

        /**
         * @param ch one character, as a string
         * @return the first font that has a glyph for it, or null
         */
        PDFont first(String ch) {
            for (PDFont f : fonts) {
                if (encodes(f, ch)) {
                    return f;
                }
            }
            return fallback.get().filter(f -> encodes(f, ch)).orElse(null);
        }

        /** @return the last font of the chain, which sets a character no font has as "?" */
        PDFont last() {
            return fallback.get().orElse(fonts.get(fonts.size() - 1));
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

    private static Optional<PDFont> first(
            PDDocument doc, Map<String, Path> files, List<String> names, List<TrueTypeCollection> open) {
        for (String name : names) {
            Path p = files.get(name);
            if (p == null) {
                continue;
            }
            try {
                if (name.endsWith(".ttc")) {
                    TrueTypeCollection c = new TrueTypeCollection(p.toFile());
                    TrueTypeFont[] chosen = new TrueTypeFont[1];
                    c.processAllFonts(f -> {
                        if (chosen[0] == null
                                && !f.getName().toLowerCase(Locale.ROOT).contains("mono")) {
                            chosen[0] = f;
                        }
                    });
                    if (chosen[0] == null) {
                        c.close();
                        continue;
                    }
                    PDFont font = PDType0Font.load(doc, chosen[0], true);
                    font.getStringWidth("a");
                    open.add(c);
                    return Optional.of(font);
                }
                PDFont font = PDType0Font.load(doc, p.toFile());
                font.getStringWidth("a");
                return Optional.of(font);
            } catch (IOException | RuntimeException e) {
                // a font PDFBox cannot embed (CFF outlines, a damaged file): try the next one
            }
        }
        return Optional.empty();
    }

    /** @return the font files under the usual font folders, by lower-case file name (first found wins) */
    static Map<String, Path> installed() {
        List<Path> roots = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        for (String d : List.of(
                "/usr/share/fonts",
                "/usr/local/share/fonts",
                home + "/.fonts",
                home + "/.local/share/fonts",
                "/System/Library/Fonts",
                "/Library/Fonts",
                home + "/Library/Fonts")) {
            roots.add(Path.of(d));
        }
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            roots.add(Path.of(windows, "Fonts"));
        }
        Map<String, Path> files = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root, 5)) {
                s.filter(Files::isRegularFile)
                        .sorted()
                        .forEach(p ->
                                files.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable folder holds no font we can use
            }
        }
        return files;
    }
}

package org.targetcast.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The Chinese font that ships with targetcast: Noto Sans SC, static TrueType (glyf) outlines, under the SIL
 * Open Font License 1.1 ({@code fonts/OFL.txt} beside it), cut down to the characters the tool prints (the
 * 3,755 commonly used Han characters of GB 2312 level 1, every character of its own labels, Latin,
 * punctuation and symbols; {@code charts/fonts/subset.py} makes it from the npm package
 * {@code @expo-google-fonts/noto-sans-sc} 0.4.3). Chinese charts, slides, the explorer and the Chinese
 * report are set in it, so they need no installed font and their PDFs are the same on every machine:
 * PDFBox can embed it, which it cannot do with the CFF-outlined Noto CJK collections most Linux desktops
 * install. A regular and a bold face, read from the class path the first time one is asked for.
 *
 * <p>The faces are used as the {@link Font} objects made from the files ({@link #font(int, float)}), not
 * registered with the graphics environment: registering a font makes Java parse every installed font
 * first, CJK collections included (about 90 MB and 0.2 s on a machine with Noto CJK).
 */
public final class ShippedFont {
    /** The family name of both faces. */
    public static final String FAMILY = "Noto Sans SC";

    /** The faces, by weight. */
    public enum Face {
        /** Weight 400. */
        REGULAR("NotoSansSC-Regular.ttf"),
        /** Weight 700, for titles and headings. */
        BOLD("NotoSansSC-Bold.ttf");

        private final String resource;

        Face(String resource) {
            this.resource = "fonts/" + resource;
        }

        /** @return the face for a bold or a regular font */
        public static Face of(boolean bold) {
            return bold ? BOLD : REGULAR;
        }

        /**
         * @return the font file's bytes as a new stream, for embedding the face in a PDF
         * @throws IOException if it cannot be read
         */
        public InputStream open() throws IOException {
            InputStream in = ShippedFont.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("the shipped font " + resource + " is missing from the class path");
            }
            return in;
        }
    }

    private ShippedFont() {}

    /** @return {@link #FAMILY}, the family of the fonts {@link #font(int, float)} gives */
    public static String family() {
        return FAMILY;
    }

    /**
     * @param style {@link Font#PLAIN} or {@link Font#BOLD} (the bold face), optionally with
     *     {@link Font#ITALIC}
     * @param size the size in points
     * @return the shipped face of that weight at that size
     */
    public static Font font(int style, float size) {
        Font face = (style & Font.BOLD) != 0 ? Registered.BOLD : Registered.REGULAR;
        return face.deriveFont(style, size);
    }

    /**
     * @param text some text
     * @return the index of the first character of {@code text} the shipped font lacks, or -1 if it has all
     */
    public static int firstMissing(String text) {
        Objects.requireNonNull(text, "text");
        return Registered.REGULAR.canDisplayUpTo(text);
    }

    private static final class Registered {
        static final Font REGULAR = load(Face.REGULAR);
        static final Font BOLD = load(Face.BOLD);

        private static Font load(Face face) {
            try (InputStream in = face.open()) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the shipped font " + face + " cannot be read", e);
            }
        }
    }
}

package org.targetcast.charts;

/**
 * The font family charts are drawn with, in both languages: the font that ships with targetcast
 * ({@link ShippedFont}, which has Latin letters as well as Chinese). Chinese never depends on what is
 * installed (a fresh machine may have no CJK font, and the one most Linux desktops have, Noto CJK with CFF
 * outlines, cannot be embedded in a PDF), and a chart is the same on every machine.
 *
 * <p>English charts used the logical {@code SansSerif} font before. A logical font made VectorGraphics2D's
 * SVG writer look for the physical font behind it among all installed fonts
 * ({@code GraphicsEnvironment.getAllFonts()}), which parses every font file, the CJK collections included:
 * about 90 MB and 0.2 s of an English run on a machine with Noto CJK. A physical family is taken as it is.
 */
public final class Fonts {
    /** Text the Chinese font must display in full: "share of digital trade". */
    public static final String CJK_SAMPLE = "数字贸易占比";

    private Fonts() {}

    /**
     * @param lang the language of the labels
     * @return the font family to draw them with
     */
    public static String family(Lang lang) {
        java.util.Objects.requireNonNull(lang, "lang");
        return ShippedFont.family();
    }
}

package org.targetcast.charts;

import java.awt.Font;

/**
 * The font family charts are drawn with. English uses the logical {@code SansSerif} font, present on every
 * JVM. Chinese uses the font that ships with targetcast ({@link ShippedFont}): a fresh machine may have no
 * CJK font, and the one most Linux desktops have (Noto CJK, CFF outlines) cannot be embedded in a PDF, so
 * Chinese never depends on what is installed. Nothing is looked up in the installed fonts, so an English
 * run reads no CJK font at all.
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
        return lang == Lang.EN ? Font.SANS_SERIF : ShippedFont.family();
    }
}

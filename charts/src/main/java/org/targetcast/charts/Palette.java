package org.targetcast.charts;

import java.awt.Color;

/**
 * The named colours of every chart. The two components are Okabe-Ito blue and orange (told apart with every
 * common colour vision deficiency), the same in each chart that shows them; text and rules are greys. Not
 * API.
 */
final class Palette {
    /** Observed history: dark blue. */
    static final Color HISTORY = new Color(0x1F, 0x4E, 0x79);
    /** A projection line: mid blue. */
    static final Color PROJECTION = new Color(0x2E, 0x86, 0xC1);
    /** Digitally deliverable services, and the high setting of an assumption: Okabe-Ito blue. */
    static final Color DIGITAL = new Color(0x00, 0x72, 0xB2);
    /** Other services, and the low setting of an assumption: Okabe-Ito orange. */
    static final Color OTHER = new Color(0xE6, 0x9F, 0x00);
    /** At or above a target: Okabe-Ito bluish green. */
    static final Color REACHED = new Color(0x00, 0x9E, 0x73);
    /** Below a target: light grey-blue. */
    static final Color SHORT = new Color(0xA6, 0xBD, 0xD7);
    /** Targets, in order: red, purple, dark orange. */
    static final Color[] TARGETS = {
        new Color(0xC0, 0x39, 0x2B), new Color(0x8E, 0x44, 0xAD), new Color(0xD3, 0x54, 0x00)
    };
    /** Titles and totals: near black. */
    static final Color INK = new Color(0x22, 0x22, 0x22);
    /** Axis text and base lines: dark grey. */
    static final Color CHARCOAL = new Color(0x33, 0x33, 0x33);
    /** Subtitles, source lines and footers: mid grey, 7:1 contrast on white. */
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    /** Zero lines: grey. */
    static final Color RULE = new Color(0x66, 0x66, 0x66);
    /** Legend keys that stand for no one series: light grey. */
    static final Color KEY = new Color(0x88, 0x88, 0x88);
    /** Legend key of translucent bands: translucent grey. */
    static final Color BAND_KEY = new Color(0x99, 0x99, 0x99, 110);
    /** Grid lines: very light grey. */
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** Nothing: fully transparent. */
    static final Color NONE = new Color(0, 0, 0, 0);

    private Palette() {}

    /**
     * @param c a colour
     * @param alpha opacity out of 255
     * @return the colour with that opacity
     */
    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}

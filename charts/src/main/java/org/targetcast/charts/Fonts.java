package org.targetcast.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the font family charts are drawn with. English uses the logical {@code SansSerif} font, present
 * on every JVM. Chinese needs a font with CJK glyphs, which a fresh Debian machine lacks: the families in
 * {@link #PREFERRED_CJK} are tried in order, then any installed family that can display
 * {@link #CJK_SAMPLE}; if none can, {@link #family(Lang)} throws a {@link ChartException} naming the
 * Debian packages that provide one ({@link #CJK_PACKAGES}).
 */
public final class Fonts {
    /** Text a CJK font must display in full: "share of digital trade". */
    public static final String CJK_SAMPLE = "数字贸易占比";
    /** CJK families tried first, best first. */
    public static final List<String> PREFERRED_CJK = List.of(
            "Noto Sans CJK SC",
            "Noto Sans SC",
            "Source Han Sans SC",
            "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei",
            "Droid Sans Fallback",
            "Microsoft YaHei",
            "PingFang SC");
    /** Debian packages that install a CJK font. */
    public static final List<String> CJK_PACKAGES =
            List.of("fonts-noto-cjk", "fonts-wqy-microhei", "fonts-droid-fallback");

    private Fonts() {}

    /**
     * @param lang the language of the labels
     * @return the font family to draw them with
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    public static String family(Lang lang) {
        if (lang == Lang.EN) {
            return Font.SANS_SERIF;
        }
        return cjkFamily().orElseThrow(Fonts::missingCjkFont);
    }

    /**
     * @return the installed family that draws Chinese, if any (looked up once per JVM)
     */
    public static Optional<String> cjkFamily() {
        return CjkHolder.FAMILY;
    }

    /**
     * @param preferred families to try first, in order
     * @param installed installed families, tried after the preferred ones
     * @param displays whether a family displays the text needed
     * @return the first installed family, preferred ones first, that displays it
     */
    static Optional<String> firstDisplaying(
            List<String> preferred, Collection<String> installed, Predicate<String> displays) {
        Optional<String> best =
                preferred.stream().filter(installed::contains).filter(displays).findFirst();
        return best.isPresent() ? best : installed.stream().filter(displays).findFirst();
    }

    /** @return the error raised when Chinese labels are asked for and no font can draw them */
    static ChartException missingCjkFont() {
        return ChartException.of(
                "Chinese labels need a font with CJK glyphs and none is installed (tried %s and every "
                        + "installed family); install one of the Debian/Ubuntu packages %s, e.g. apt-get install %s",
                String.join(", ", PREFERRED_CJK), String.join(", ", CJK_PACKAGES), CJK_PACKAGES.get(1));
    }

    /**
     * Only names of installed families are tested: {@code new Font(name, ...)} falls back to
     * {@code Dialog} for an unknown name, which would answer for a font that is not there.
     */
    private static boolean displays(String family, String sample) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(sample) == -1;
    }

    private static final class CjkHolder {
        static final Optional<String> FAMILY = firstDisplaying(
                PREFERRED_CJK,
                Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getAvailableFontFamilyNames(java.util.Locale.ROOT)),
                family -> displays(family, CJK_SAMPLE));
    }
}

package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FontsTest {
    @Test
    void englishUsesTheLogicalSansSerifFont() {
        assertEquals(Font.SANS_SERIF, Fonts.family(Lang.EN));
    }

    @Test
    void findsNoFamilyWhenNoneDisplaysChinese() {
        assertEquals(
                Optional.empty(),
                Fonts.firstDisplaying(Fonts.PREFERRED_CJK, List.of("DejaVu Sans", "Dialog"), f -> false));
    }

    @Test
    void prefersFamiliesInTheOrderListed() {
        List<String> installed = List.of("AR PL UMing CN", "Droid Sans Fallback", "WenQuanYi Micro Hei");
        assertEquals(
                Optional.of("WenQuanYi Micro Hei"), Fonts.firstDisplaying(Fonts.PREFERRED_CJK, installed, f -> true));
    }

    @Test
    void fallsBackToAnyInstalledFamilyThatDisplaysChinese() {
        List<String> installed = List.of("DejaVu Sans", "AR PL UMing CN");
        assertEquals(
                Optional.of("AR PL UMing CN"),
                Fonts.firstDisplaying(Fonts.PREFERRED_CJK, installed, f -> f.startsWith("AR PL")));
    }

    @Test
    void missingFontErrorNamesTheDebianPackages() {
        String message = Fonts.missingCjkFont().getMessage();
        for (String pkg : List.of("fonts-noto-cjk", "fonts-wqy-microhei", "fonts-droid-fallback")) {
            assertTrue(message.contains(pkg), message);
        }
    }

    @Test
    void chineseFamilyDisplaysTheSampleWhenOneIsInstalled() {
        Fonts.cjkFamily().ifPresent(family -> {
            assertEquals(family, Fonts.family(Lang.ZH));
            assertEquals(-1, new Font(family, Font.PLAIN, 12).canDisplayUpTo(Fonts.CJK_SAMPLE));
        });
    }
}

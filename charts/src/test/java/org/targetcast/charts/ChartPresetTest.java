package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartPresetTest {
    @Test
    void slidesAreFullHd() {
        assertEquals(1920, ChartPreset.SLIDES.pixelWidth());
        assertEquals(1080, ChartPreset.SLIDES.pixelHeight());
    }

    @Test
    void printIs300Dpi() {
        assertEquals(300, ChartPreset.PRINT.dpi());
        assertEquals(2000, ChartPreset.PRINT.pixelWidth());
        assertEquals(1400, ChartPreset.PRINT.pixelHeight());
        assertEquals(480, ChartPreset.PRINT.width());
        assertEquals(336, ChartPreset.PRINT.height());
    }

    @Test
    void webIs1000By600At96Dpi() {
        assertEquals(1000, ChartPreset.WEB.pixelWidth());
        assertEquals(600, ChartPreset.WEB.pixelHeight());
        assertEquals(96, ChartPreset.WEB.dpi());
    }

    @Test
    void layoutScaledByDpiGivesExactlyThePixelSize() {
        for (ChartPreset p : ChartPreset.values()) {
            // the scaling BitmapEncoder.saveBitmapWithDPI applies
            double scale = p.dpi() / 72.0;
            assertEquals(p.pixelWidth(), (int) (p.width() * scale), p.name());
            assertEquals(p.pixelHeight(), (int) (p.height() * scale), p.name());
        }
    }

    @Test
    void slidesHaveTheLargestPhysicalType() {
        for (ChartPreset p : ChartPreset.values()) {
            // type relative to the layout height, so the comparison holds whatever the DPI
            assertTrue(
                    ChartPreset.SLIDES.type().title() / ChartPreset.SLIDES.height()
                            >= p.type().title() / p.height() * 0.99,
                    p.name());
            assertTrue(
                    p.type().title() > p.type().axisTitle()
                            && p.type().axisTitle() >= p.type().tickLabel()
                            && p.type().tickLabel() > p.type().footer(),
                    p.name());
        }
    }
}

package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartPresetTest {
    @Test
    void slidesAreFullHd() {
        assertEquals(1920, ChartPreset.SLIDES.canvas().pixelWidth());
        assertEquals(1080, ChartPreset.SLIDES.canvas().pixelHeight());
    }

    @Test
    void printIs300Dpi() {
        assertEquals(300, ChartPreset.PRINT.canvas().dpi());
        assertEquals(2000, ChartPreset.PRINT.canvas().pixelWidth());
        assertEquals(1400, ChartPreset.PRINT.canvas().pixelHeight());
        assertEquals(480, ChartPreset.PRINT.canvas().width());
        assertEquals(336, ChartPreset.PRINT.canvas().height());
    }

    @Test
    void webIs1000By600At96Dpi() {
        assertEquals(1000, ChartPreset.WEB.canvas().pixelWidth());
        assertEquals(600, ChartPreset.WEB.canvas().pixelHeight());
        assertEquals(96, ChartPreset.WEB.canvas().dpi());
    }

    @Test
    void layoutScaledByDpiGivesExactlyThePixelSize() {
        for (ChartPreset p : ChartPreset.values()) {
            // the scaling BitmapEncoder.saveBitmapWithDPI applies
            double scale = p.canvas().dpi() / 72.0;
            assertEquals(p.canvas().pixelWidth(), (int) (p.canvas().width() * scale), p.name());
            assertEquals(p.canvas().pixelHeight(), (int) (p.canvas().height() * scale), p.name());
        }
    }

    @Test
    void slidesHaveTheLargestPhysicalType() {
        for (ChartPreset p : ChartPreset.values()) {
            // type relative to the layout height, so the comparison holds whatever the DPI
            assertTrue(
                    ChartPreset.SLIDES.type().title()
                                    / ChartPreset.SLIDES.canvas().height()
                            >= p.type().title() / p.canvas().height() * 0.99,
                    p.name());
            assertTrue(
                    p.type().title() > p.type().axisTitle()
                            && p.type().axisTitle() >= p.type().tickLabel()
                            && p.type().tickLabel() > p.type().footer(),
                    p.name());
        }
    }
}

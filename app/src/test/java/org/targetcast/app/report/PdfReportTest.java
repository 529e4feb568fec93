package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfReportTest {
    @Test
    void columnsThatFitKeepTheirWidth() {
        assertArrayEquals(new float[] {100, 200}, PdfReport.columnWidths(new float[] {100, 200}, 400));
    }

    @Test
    void narrowColumnsKeepTheirWidthAndWideOnesShareTheRestInProportion() {
        float[] w = PdfReport.columnWidths(new float[] {40, 400, 200, 50}, 400);
        assertEquals(40, w[0]);
        assertEquals(50, w[3]);
        assertEquals(310, w[1] + w[2], 1e-3);
        assertEquals(2, w[1] / w[2], 1e-3, "in proportion to what they would need");
    }
}

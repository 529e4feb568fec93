package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Charts drawn in parallel come back in the order they were listed, and a failure reaches the caller. */
class ChartFilesOrderTest {
    @Test
    void filesComeBackInListedOrderWhateverFinishesFirst() {
        List<Callable<List<String>>> charts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int k = i;
            charts.add(() -> {
                Thread.sleep(5L * (8 - k)); // the first listed finishes last
                return List.of("chart-" + k + ".png", "chart-" + k + ".svg");
            });
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            expected.add("chart-" + i + ".png");
            expected.add("chart-" + i + ".svg");
        }
        assertEquals(expected, ChartFiles.renderAll(charts));
    }

    @Test
    void aFailingChartFailsTheWholeRenderingWithItsOwnException() {
        List<Callable<List<String>>> charts = List.of(() -> List.of("a.png"), () -> {
            throw new IllegalStateException("no CJK font");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChartFiles.renderAll(charts));
        assertEquals("no CJK font", e.getMessage());
    }
}

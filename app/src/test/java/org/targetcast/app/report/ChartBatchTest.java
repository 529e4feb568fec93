package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.targetcast.charts.ChartExporter;

/**
 * Charts drawn in parallel: files listed in the order added whatever finishes first, the waiting chart the
 * report shows first drawn first, each image handed to whoever waits for it, and a failure reaching the caller.
 */
class ChartBatchTest {
    private static WrittenChart written(String base) {
        return new WrittenChart(
                base,
                List.of(base + ".png", base + ".svg"),
                Optional.of(ChartImage.of(
                        ChartExporter.Format.PNG, base.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void filesComeBackInPlannedOrderWhateverFinishesFirst() {
        List<ChartBatch.Job> jobs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int k = i;
            String base = "charts/chart-" + k;
            jobs.add(new ChartBatch.Job(base, () -> {
                Thread.sleep(5L * (8 - k)); // the first planned finishes last
                return written(base);
            }));
            expected.add(base + ".png");
            expected.add(base + ".svg");
        }
        try (ChartBatch batch = ChartBatch.open(List.of("charts/chart-7", "charts/chart-3"))) {
            batch.add(jobs.subList(0, 5));
            batch.add(jobs.subList(5, 8));
            assertEquals(expected, batch.files());
        }
    }

    @Test
    void ofTheChartsWaitingTheOneTheReportShowsFirstIsDrawnFirst() {
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        List<ChartBatch.Job> jobs = new ArrayList<>();
        for (String base : List.of("a", "b", "c", "d", "e")) {
            jobs.add(new ChartBatch.Job(base, () -> {
                started.add(base);
                return written(base);
            }));
        }
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        try (ChartBatch batch = ChartBatch.open(List.of("e", "not-planned", "c"), 1)) {
            // the one thread is held on a first chart while the others wait, so all five are waiting together
            batch.add(List.of(new ChartBatch.Job("first", () -> {
                hold.await();
                return written("first");
            })));
            batch.add(jobs);
            hold.countDown();
            batch.files();
        }
        assertEquals(List.of("e", "c", "a", "b", "d"), started);
    }

    @Test
    void eachImageIsTheOneItsChartWrote() {
        List<ChartBatch.Job> jobs =
                List.of(new ChartBatch.Job("x", () -> written("x")), new ChartBatch.Job("y", () -> written("y")));
        try (ChartBatch batch = ChartBatch.open(List.of())) {
            batch.add(jobs);
            assertEquals(
                    "y", new String(batch.image("y").orElseThrow().bytes(), java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(batch.has("x"));
            assertFalse(batch.has("z"));
            assertTrue(batch.image("z").isEmpty(), "a chart not planned has no image");
        }
    }

    @Test
    void aFailingChartFailsTheWholeBatchWithItsOwnException() {
        List<ChartBatch.Job> jobs = List.of(new ChartBatch.Job("a", () -> written("a")), new ChartBatch.Job("b", () -> {
            throw new IllegalStateException("no CJK font");
        }));
        try (ChartBatch batch = ChartBatch.open(List.of())) {
            batch.add(jobs);
            IllegalStateException e = assertThrows(IllegalStateException.class, batch::files);
            assertEquals("no CJK font", e.getMessage());
            assertEquals(
                    "no CJK font",
                    assertThrows(IllegalStateException.class, () -> batch.image("b"))
                            .getMessage());
        }
    }

    @Test
    void twoChartsOfOneNameAreRefused() {
        List<ChartBatch.Job> jobs =
                List.of(new ChartBatch.Job("a", () -> written("a")), new ChartBatch.Job("a", () -> written("a")));
        try (ChartBatch batch = ChartBatch.open(List.of())) {
            assertThrows(IllegalArgumentException.class, () -> batch.add(jobs));
        }
    }
}

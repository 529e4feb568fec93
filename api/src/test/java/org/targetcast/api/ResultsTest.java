package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.charts.FanChart;
import org.targetcast.model.simulation.Outlook;
import tech.tablesaw.api.Table;

/** The records, tables and charts of a run agree with each other and with the engine's result. */
class ResultsTest {
    private final Targetcast tc = Targetcast.shippedData().withPaths(20_000);
    private final ScenarioSource base = Scenarios.read(Path.of(Shipped.SCENARIOS, "baseline.yaml"));

    @Test
    void historyRowsAreTheObservedYearsOfATrajectory() {
        List<HistoryRow> history = tc.history("china").rows();
        List<TrajectoryRow> observed = tc.deterministic().run(base).trajectories().stream()
                .filter(r -> !r.projected())
                .toList();
        assertEquals(observed.size(), history.size());
        for (int i = 0; i < history.size(); i++) {
            HistoryRow h = history.get(i);
            TrajectoryRow t = observed.get(i);
            assertEquals(t.year(), h.year());
            assertEquals(t.digital(), h.digital(), 0.0);
            // the trajectory adds its two components back up, the history keeps the data's total
            assertEquals(t.total(), h.total(), 1e-12 * h.total());
            assertEquals(t.share(), h.share(), 1e-12);
            assertEquals(t.flags(), h.flags());
            assertEquals(t.sources(), h.sources());
        }
        Table table = tc.history("china").table();
        assertEquals(history.size(), table.rowCount());
        assertEquals(List.of("year", "digital", "other", "total", "share", "flags", "sources"), table.columnNames());
    }

    @Test
    void fanChartDrawsTheOutlooksQuantilesAndTheTargetsProbabilities() {
        ScenarioRun run = tc.run(base).scenario("baseline");
        Outlook o = run.outlook().orElseThrow();
        FanChart fan = run.fanChart();
        assertEquals(o.firstYear(), fan.data().bands().firstYear());
        assertArrayEquals(o.quantiles()[4], fan.data().bands().quantiles().get()[4], 0.0);
        assertEquals(2, fan.data().targets().size(), "the two share targets");
        assertEquals(run.target(0).probability(), fan.data().targets().get(0).probability(), 0.0);
        TrajectoryRow y2029 = run.trajectories().stream()
                .filter(r -> r.year() == 2029)
                .findFirst()
                .orElseThrow();
        assertEquals(o.quantile(2029, 1), y2029.quantile(0.10), 0.0);
        assertThrows(IllegalArgumentException.class, () -> y2029.quantile(0.12));
    }

    @Test
    void deterministicRunsHaveNoProbabilitiesAndNoFan() {
        ScenarioRun run = tc.deterministic().run(base).scenario("baseline");
        assertTrue(Double.isNaN(run.target(0).probability()));
        assertTrue(run.target(0).outlook().isEmpty());
        assertEquals("", run.target(0).method());
        assertThrows(IllegalStateException.class, run::fanChart);
        assertEquals(
                run.projection().projectedShare().size(),
                run.shareChart().data().projection().size());
    }

    @Test
    void resultsAreImmutable() {
        RunResult r = tc.deterministic().run(base);
        assertThrows(UnsupportedOperationException.class, () -> r.scenarios().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> r.trajectories().get(0).flags().clear());
        TrajectoryRow row = r.trajectories().get(0);
        row.quantiles()[0] = 1;
        assertTrue(Double.isNaN(row.quantiles()[0]), "quantiles are copied out");
    }
}

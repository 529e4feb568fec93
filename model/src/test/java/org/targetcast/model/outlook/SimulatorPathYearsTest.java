package org.targetcast.model.outlook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.trend.TrendFamily;

/**
 * The work a simulation announces before it starts is the work it does: {@link Simulator#pathYears} against
 * the simulation runs counted while {@link Simulator#run(Projection)} works (each run reports its last block
 * once), times paths and projected years.
 */
class SimulatorPathYearsTest {
    private static final ComponentHistory H = new ComponentHistory(
            "X",
            "USD",
            AnnualSeries.contiguous(
                    "x.digital", 2010, 10, 11, 12.5, 13, 14.8, 15.1, 17, 18.2, 19.9, 21.5, 22.1, 24.6, 25.3, 27.9),
            AnnualSeries.contiguous("x.total", 2010, 30, 32, 33, 35, 36, 39, 40, 42.5, 44, 47.1, 48, 50.2, 53.9, 55),
            Map.of());

    private static final int PATHS = 2_000;

    /** 2024 to 2030. */
    private static final int YEARS = 7;

    private static Projection project(List<TrendFamily> families) {
        ComponentSpec c = ComponentSpec.of(TrendFamily.DRIFT);
        UncertaintySpec u = UncertaintySpec.defaults()
                .withShocks(UncertaintySpec.ShockSource.HISTORY)
                .withFamilies(families);
        Scenario s = new Scenario("s", "s", "", "x", 2030, 2010, c, c, List.of(ShareTarget.in(2030, 0.5)), u);
        return Projector.withDefaults().project(s, H);
    }

    private static long runsCounted(Projection p) {
        AtomicInteger finished = new AtomicInteger();
        Simulator.withDefaults()
                .withOverrides(PATHS, null, null)
                .withThreads(2)
                .withProgress((done, total) -> {
                    if (done == total) {
                        finished.incrementAndGet();
                    }
                })
                .run(p);
        return finished.get();
    }

    @Test
    void oneModelIsOneRun() {
        Projection p = project(List.of());
        assertEquals(1, runsCounted(p));
        assertEquals(
                (long) PATHS * YEARS,
                Simulator.withDefaults().withOverrides(PATHS, null, null).pathYears(p));
    }

    @Test
    void anAverageRunsEachFamilyAndTheOwnModelOnlyWhenItIsNoneOfThem() {
        for (List<TrendFamily> families : List.of(
                List.of(TrendFamily.DRIFT, TrendFamily.LINEAR), List.of(TrendFamily.LINEAR, TrendFamily.DAMPED))) {
            Projection p = project(families);
            long runs = runsCounted(p);
            assertEquals(families.contains(TrendFamily.DRIFT) ? 2 : 3, runs, families.toString());
            assertEquals(
                    runs * PATHS * YEARS,
                    Simulator.withDefaults().withOverrides(PATHS, null, null).pathYears(p),
                    families.toString());
        }
    }
}

package org.targetcast.model.outlook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The work a simulation announces before it starts bounds the work it does: {@link Simulator#pathYears}
 * against the simulation runs counted while {@link Simulator#run(Projection)} works (each run reports its last
 * block once), with each family's share of the paths by its weight ({@link Simulator#memberPaths}), times
 * projected years; for a model average the bound exceeds the work by at most each run's floor of paths.
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
            boolean ownIsAFamily = families.contains(TrendFamily.DRIFT);
            assertEquals(ownIsAFamily ? 2 : 3, runs, families.toString());
            double[] w = Forecaster.withDefaults()
                    .forecast(p)
                    .weights()
                    .orElseThrow()
                    .weights();
            long floor = Simulator.memberFloor(PATHS);
            long paths = ownIsAFamily ? 0 : floor;
            for (int n : Simulator.memberPaths(PATHS, w)) {
                paths += n;
            }
            long done = paths * YEARS;
            long announced =
                    Simulator.withDefaults().withOverrides(PATHS, null, null).pathYears(p);
            assertTrue(announced >= done, families + ": " + announced + " < " + done);
            assertTrue(announced <= done + runs * floor * YEARS, families + ": " + announced + " vs " + done);
        }
    }

    @Test
    void theFamiliesSharePathsByWeightAddingUpToTheScenariosAboveTheirFloor() {
        assertArrayEquals(
                new int[] {50_000, 30_000, 20_000}, Simulator.memberPaths(100_000, new double[] {0.5, 0.3, 0.2}));
        // rounding by largest remainder: 33,334 + 33,333 + 33,333
        assertArrayEquals(
                new int[] {33_334, 33_333, 33_333},
                Simulator.memberPaths(100_000, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}));
        // a family of weight 0.01 keeps a twentieth of the paths
        assertArrayEquals(new int[] {99_000, 5_000}, Simulator.memberPaths(100_000, new double[] {0.99, 0.01}));
        assertArrayEquals(new int[] {1_000, 1_000}, Simulator.memberPaths(1_500, new double[] {0.5, 0.5}));
        for (double a = 0; a <= 1; a += 0.037) {
            int[] n = Simulator.memberPaths(20_000, new double[] {a, 1 - a});
            int floor = Simulator.memberFloor(20_000);
            assertTrue(n[0] + n[1] >= 20_000 && n[0] + n[1] <= 20_000 + 2 * floor, a + ": " + n[0] + " + " + n[1]);
            assertTrue(Math.abs(n[0] - a * 20_000) <= 1 || n[0] == floor, a + ": " + n[0]);
        }
    }
}

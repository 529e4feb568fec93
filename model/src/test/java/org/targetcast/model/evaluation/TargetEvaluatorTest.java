package org.targetcast.model.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.ConstantGrowthModel;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.OnTrack;
import org.targetcast.model.target.OnTrackCategory;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.target.Verdict;
import org.targetcast.model.trend.TrendFamily;

class TargetEvaluatorTest {
    /** Share 30 % in 2015, 35 % in 2020, 38 % in 2025; digital grows 5 % a year from 2025, other 2 %. */
    private static Projection project(double digitalGrowth, double otherGrowth, List<Target> targets, int baseline) {
        ComponentHistory h = new ComponentHistory(
                "Test",
                "USD_100m",
                AnnualSeries.of(
                        "d",
                        new int[] {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025},
                        new double[] {30, 31, 32, 33, 34, 35, 36, 37, 37.5, 37.8, 38}),
                AnnualSeries.contiguous("t", 2015, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100),
                Map.of());
        Scenario s = new Scenario(
                "s",
                "t",
                "",
                "test",
                2035,
                baseline,
                ComponentSpec.of(TrendFamily.LOG_LINEAR),
                ComponentSpec.of(TrendFamily.DRIFT),
                targets,
                org.targetcast.model.scenario.UncertaintySpec.defaults());
        return Projector.withDefaults()
                .withModels(f -> new ConstantGrowthModel(
                        f, f == TrendFamily.LOG_LINEAR ? Math.log1p(digitalGrowth) : Math.log1p(otherGrowth)))
                .project(s, h);
    }

    @Test
    void requiredGrowthMatchesTheClosedForm() {
        Projection p = project(0.05, 0.02, List.of(ShareTarget.in(2029, 0.45)), 2015);
        Verdict v = TargetEvaluator.evaluate(p).get(0);
        double closed = Math.pow(0.45 / 0.55 * p.other(2029) / 38, 1.0 / 4) - 1;
        assertEquals(closed, v.requiredGrowth(), 1e-10);
        // meeting exactly that growth puts the share on the target
        Projection atRequired = project(v.requiredGrowth(), 0.02, List.of(ShareTarget.in(2029, 0.45)), 2015);
        assertEquals(0.45, atRequired.share(2029), 1e-9);
    }

    @Test
    void gapAndFirstYearFollowTheProjectedShare() {
        Projection p = project(0.05, 0.02, List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.50)), 2015);
        List<Verdict> vs = TargetEvaluator.evaluate(p);
        Verdict v2029 = vs.get(0);
        assertEquals(p.share(2029), v2029.projected(), 1e-12);
        assertEquals(100 * (p.share(2029) - 0.45), v2029.gapPoints(), 1e-9);
        assertEquals(p.share(2029) >= 0.45, v2029.met());
        int first = v2029.firstYearReached().orElseThrow();
        assertTrue(p.share(first) >= 0.45 && p.share(first - 1) < 0.45);
    }

    @Test
    void reachedByCountsAnEarlierPeak() {
        // digital falls after 2025 so the share peaks at once: a 38 % target is reached "by 2030" but not "in 2030"
        Projection p =
                project(-0.05, 0.0, List.of(new ShareTarget(2030, 0.38, true), ShareTarget.in(2030, 0.38)), 2015);
        List<Verdict> vs = TargetEvaluator.evaluate(p);
        assertTrue(vs.get(0).met(), "38 % is already reached in 2025, the latest observed year");
        assertFalse(vs.get(1).met(), "the share falls every projected year, so it is below 38 % in 2030");
        Projection q = project(0.05, 0.0, List.of(new ShareTarget(2030, 0.39, true)), 2015);
        assertTrue(TargetEvaluator.evaluate(q).get(0).met());
    }

    @Test
    void onTrackRatioUsesTheSdgFormula() {
        Projection p = project(0.05, 0.02, List.of(ShareTarget.in(2029, 0.45)), 2015);
        OnTrack o = TargetEvaluator.evaluate(p).get(0).onTrack().orElseThrow();
        double observed = Math.pow(0.38 / 0.30, 1.0 / 10) - 1;
        double required = Math.pow(0.45 / 0.30, 1.0 / 14) - 1;
        assertEquals(observed / required, o.ratio(), 1e-12);
        assertEquals(OnTrackCategory.ACCELERATION_NEEDED, o.category());
    }

    @Test
    void onTrackFallsAsTheBaselineMovesToTheLatestPeak() {
        // from 2023 the share rose 37.5 -> 38 over two years: limited progress against 45 % by 2029
        OnTrack o = TargetEvaluator.evaluate(project(0.05, 0.02, List.of(ShareTarget.in(2029, 0.45)), 2023))
                .get(0)
                .onTrack()
                .orElseThrow();
        assertEquals(OnTrackCategory.LIMITED_PROGRESS, o.category());
    }

    @Test
    void categoriesFollowTheThresholds() {
        assertEquals(OnTrackCategory.ON_TRACK, OnTrackCategory.ofRatio(0.95));
        assertEquals(OnTrackCategory.ACCELERATION_NEEDED, OnTrackCategory.ofRatio(0.6));
        assertEquals(OnTrackCategory.LIMITED_PROGRESS, OnTrackCategory.ofRatio(0.0));
        assertEquals(OnTrackCategory.DETERIORATION, OnTrackCategory.ofRatio(-0.01));
    }

    @Test
    void growthTargetTakesTheLowestYearIncludingObservedOnes() {
        Projection p = project(0.05, 0.02, List.of(new GrowthTarget(2025, 2029, 0.0)), 2015);
        Verdict v = TargetEvaluator.evaluate(p).get(0);
        assertEquals(38 / 37.8 - 1, v.projected(), 1e-12);
        assertTrue(v.met());
        Projection falling = project(-0.01, 0.02, List.of(new GrowthTarget(2025, 2029, 0.0)), 2015);
        assertFalse(TargetEvaluator.evaluate(falling).get(0).met());
    }

    @Test
    void rejectsShareTargetBeforeTheLatestObservation() {
        Projection p = project(0.05, 0.02, List.of(ShareTarget.in(2029, 0.45)), 2015);
        ModelException e =
                assertThrows(ModelException.class, () -> TargetEvaluator.evaluate(p, ShareTarget.in(2024, 0.4)));
        assertTrue(e.getMessage().contains("not after the latest observed year 2025"), e.getMessage());
    }

    @Test
    void rejectsShareOutsideTheUnitInterval() {
        ModelException e = assertThrows(ModelException.class, () -> ShareTarget.in(2029, 45));
        assertTrue(e.getMessage().contains("must be a fraction inside (0, 1)"), e.getMessage());
    }

    @Test
    void labelsReadNaturally() {
        assertEquals("share >= 45% in 2029", ShareTarget.in(2029, 0.45).label());
        assertEquals("share >= 50% by 2035", new ShareTarget(2035, 0.5, true).label());
        assertEquals("digital growth >= 0% each year 2025-2029", new GrowthTarget(2025, 2029, 0).label());
    }

    @Test
    void requiredGrowthIsTheSameWhenScenariosAreJudgedOnManyThreads() throws Exception {
        // scenarios are projected and judged in parallel: each verdict must be its own scenario's, whatever
        // runs beside it (a solver shared between threads once mixed the roots of different scenarios)
        List<Projection> projections = List.of(
                project(0.05, 0.02, List.of(ShareTarget.in(2029, 0.45)), 2015),
                project(0.02, 0.06, List.of(ShareTarget.in(2029, 0.45)), 2015),
                project(0.09, 0.01, List.of(ShareTarget.in(2029, 0.45)), 2015),
                project(-0.01, 0.03, List.of(ShareTarget.in(2029, 0.45)), 2015));
        List<Double> alone = projections.stream()
                .map(p -> TargetEvaluator.evaluate(p).get(0).requiredGrowth())
                .toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        int k = (first + i) % projections.size();
                        double g = TargetEvaluator.evaluate(projections.get(k))
                                .get(0)
                                .requiredGrowth();
                        if (Double.doubleToLongBits(g) != Double.doubleToLongBits(alone.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> r : runs) {
                assertTrue(r.get(), "a required growth differed from the one computed alone");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

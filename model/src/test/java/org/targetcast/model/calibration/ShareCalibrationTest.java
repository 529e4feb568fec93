package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.FitWindow;
import org.targetcast.model.scenario.GrowthPath;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.trend.TrendFamily;

/**
 * The calibration backtest on data generated from the model itself: both components follow random walks
 * with drift in logs, Gaussian shocks of known sd, independent (ρ = 0), and the template assumes drift trends
 * with the volatility stated and ρ = 0, without parameter uncertainty. Then each check's exact
 * {@code E z² = r·(1 + h/(n − 1))}, where r is the ratio of the generating to the assumed shock variance and
 * the second factor is the error of the drift estimated from n − 1 yearly changes (which the engine leaves
 * out without parameter uncertainty). Tolerances: 40 histories of 60 years pooled (about 6,600 checks from
 * 1,200 origins); k̂ within 8 % of its exact expectation, coverage within 3 points of nominal at 80 % and
 * 2 points at 95 % after the correction.
 */
class ShareCalibrationTest {
    private static final double SIGMA = 0.05;
    private static final int YEARS = 60;
    private static final int HISTORIES = 40;
    private static final ShareCalibration LONG = ShareCalibration.withDefaults().withMinimumTraining(30);

    static ComponentHistory synthetic(double sigma, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian eps = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] d = new double[YEARS];
        double[] t = new double[YEARS];
        double ld = Math.log(100);
        double lo = Math.log(300);
        for (int i = 0; i < YEARS; i++) {
            if (i > 0) {
                ld += 0.04 + sigma * eps.sample();
                lo += 0.03 + sigma * eps.sample();
            }
            d[i] = Math.exp(ld);
            t[i] = d[i] + Math.exp(lo);
        }
        return new ComponentHistory(
                "synthetic",
                "unit",
                AnnualSeries.contiguous("synthetic.digital", 1950, d),
                AnnualSeries.contiguous("synthetic.total", 1950, t),
                Map.of());
    }

    static Scenario template(double assumedSigma) {
        UncertaintySpec u = new UncertaintySpec(
                UncertaintySpec.Method.AUTO,
                UncertaintySpec.DEFAULT_PATHS,
                1L,
                assumedSigma,
                assumedSigma,
                0.0,
                0,
                false,
                null);
        ComponentSpec drift = ComponentSpec.of(TrendFamily.DRIFT);
        return new Scenario("synthetic", "synthetic", "", "synthetic", 2030, 1950, drift, drift, List.of(), u);
    }

    static ShareCalibrationResult pooled(double generatingSigma, double assumedSigma) {
        List<ShareCalibrationResult> parts = new ArrayList<>();
        for (int i = 0; i < HISTORIES; i++) {
            parts.add(LONG.evaluate(synthetic(generatingSigma, 1000 + i), template(assumedSigma)));
        }
        return ShareCalibrationResult.pool("synthetic", parts);
    }

    /** The exact expectation of k̂: the mean over the checks of r (1 + h / (n − 1)). */
    static double expectedScale(ShareCalibrationResult r, double ratio) {
        return r.checks().stream()
                .mapToDouble(c -> ratio * (1 + c.horizon() / (double) (c.origin() - 1950)))
                .average()
                .orElseThrow();
    }

    @Test
    void bandsFromTheRightModelCoverNearNominalAndTheScaleIsNearOne() {
        ShareCalibrationResult r = pooled(SIGMA, SIGMA);
        double expected = expectedScale(r, 1);
        assertEquals(1.0, expected, 0.1);
        assertEquals(expected, r.varianceScale(), 0.08 * expected);
        assertEquals(0.80, r.coverage(0.80, 1), 0.03);
        assertEquals(0.95, r.coverage(0.95, 1), 0.02);
        int[] pit = r.pitHistogram(1);
        for (int b : pit) {
            assertEquals(r.count() / 10.0, b, 0.25 * r.count() / 10.0, "PIT deciles " + java.util.Arrays.toString(pit));
        }
    }

    @Test
    void twiceTheAssumedVolatilityGivesAScaleNearFourThatRestoresCoverage() {
        ShareCalibrationResult r = pooled(2 * SIGMA, SIGMA);
        double expected = expectedScale(r, 4);
        assertEquals(4.0, expected, 0.4);
        assertEquals(expected, r.varianceScale(), 0.08 * expected);
        assertTrue(r.coverage(0.80, 1) < 0.55, "uncorrected 80 % coverage " + r.coverage(0.80, 1));
        double k = r.varianceScale();
        assertEquals(0.80, r.coverage(0.80, k), 0.03);
        assertEquals(0.95, r.coverage(0.95, k), 0.02);
        assertEquals(0.80, r.leaveOneOriginOutCoverage(0.80), 0.03);
    }

    @Test
    void anOriginSeesNoLaterData() {
        ShareCalibrationResult r = ShareCalibration.withDefaults().evaluate(synthetic(SIGMA, 7), template(SIGMA));
        assertEquals(r.origins(), List.copyOf(r.fittedThrough().keySet()));
        r.fittedThrough().forEach((origin, last) -> assertEquals(origin, last, "fit from origin " + origin));
        assertEquals(1957, r.origins().get(0));
        assertEquals(2008, r.origins().get(r.origins().size() - 1));
        for (ShareCheck c : r.checks()) {
            assertTrue(c.year() > c.origin() && c.horizon() <= 6, c.toString());
        }
    }

    @Test
    void laterObservationsDoNotChangeAnEarlierOriginsChecks() {
        ComponentHistory full = synthetic(SIGMA, 11);
        ComponentHistory cut = full.upTo(1980);
        var a = ShareCalibration.withDefaults().evaluate(full, template(SIGMA)).checks().stream()
                .filter(c -> c.year() <= 1980)
                .toList();
        var b = ShareCalibration.withDefaults().evaluate(cut, template(SIGMA)).checks();
        assertEquals(b, a);
    }

    @Test
    void skipsOriginsWhoseFitWindowIsTooShortAndSaysSo() {
        ComponentSpec from = new ComponentSpec(
                TrendFamily.DRIFT,
                new FitWindow(1995, null, new TreeSet<>(Set.of(1997, 1998))),
                GrowthPath.constant(2000, 2030, 0.5),
                new TreeMap<>(Map.of(2001, 0.2)));
        Scenario s = template(SIGMA).withDigital(from).withOther(from);
        ShareCalibrationResult r = ShareCalibration.withDefaults()
                .withMaxHorizon(3)
                .evaluate(synthetic(SIGMA, 3).upTo(2005), s);
        // 1995, 1996, 1999, 2000: four points from 2000 on
        assertEquals(2000, r.origins().get(0));
        assertTrue(
                r.skipped().contains("1999: a fit window has 3 points, fewer than 4"),
                r.skipped().toString());
        // explicit growth of 50 % a year and the level shock are dropped: the fitted drift is used
        assertTrue(
                r.checks().stream().allMatch(c -> Math.abs(c.actualLogRatio() - c.meanLogRatio()) < 0.5),
                r.checks().toString());
        assertTrue(
                r.notes().stream().anyMatch(n -> n.startsWith("2000: ")),
                r.notes().toString());
    }

    @Test
    void backtestableTemplateKeepsModelsWindowsAndUncertaintyOnly() {
        Scenario t = template(SIGMA)
                .withDigital(ComponentSpec.of(TrendFamily.LOG_LINEAR).withGrowth(GrowthPath.constant(2026, 2030, 0.1)));
        t = new Scenario(
                t.name(),
                t.title(),
                t.description(),
                t.data(),
                t.horizon(),
                t.baselineYear(),
                t.digital(),
                t.other(),
                List.of(ShareTarget.in(2029, 0.45)),
                t.uncertainty());
        Scenario b = ShareCalibration.backtestable(t);
        assertTrue(b.digital().growth().isEmpty());
        assertTrue(b.targets().isEmpty());
        assertEquals(TrendFamily.LOG_LINEAR, b.digital().model());
        assertEquals(t.uncertainty(), b.uncertainty());
    }

    @Test
    void leaveOneOriginOutHasAScaleForEveryOriginAndTheCountsAddUp() {
        ShareCalibrationResult r = ShareCalibration.withDefaults().evaluate(synthetic(2 * SIGMA, 5), template(SIGMA));
        assertEquals(r.origins(), List.copyOf(r.leaveOneOriginOutScales().keySet()));
        assertFalse(Double.isNaN(r.leaveOneOriginOutCoverage(0.8)));
        int[] byH = r.countByHorizon(6);
        assertArrayEquals(new int[] {52, 51, 50, 49, 48, 47}, byH);
        assertEquals(
                r.count(),
                java.util.Arrays.stream(r.pitHistogram(r.varianceScale())).sum());
    }

    @Test
    void withoutSpanningDropsEveryCheckWhoseOriginToYearSpanTouchesTheYears() {
        ShareCalibrationResult r = ShareCalibration.withDefaults().evaluate(synthetic(SIGMA, 5), template(SIGMA));
        ShareCalibrationResult calm = r.withoutSpanning(Set.of(1980));
        assertTrue(calm.count() < r.count());
        assertTrue(
                calm.checks().stream().allMatch(c -> c.year() < 1980 || c.origin() > 1980),
                calm.checks().toString());
        assertEquals(
                r.checks().stream()
                        .filter(c -> c.year() < 1980 || c.origin() > 1980)
                        .count(),
                calm.count());
    }
}

package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.targetcast.model.target.ShareTarget;

/**
 * The fine quantiles of the share and of both components' levels, which a forecast table reads: the
 * closed form and the simulated paths agree (each component's log level within five standard errors of a
 * simulated quantile, {@code sqrt(p(1−p)/N)/f(q)} with the Gaussian density of the closed form's spread,
 * plus a histogram bin; the share within 0.25 points), the closed form's share quantiles at the outlook's levels are the ones it already gives,
 * and a mixture of two families lies between them.
 */
class ProjectedQuantilesTest {
    static final int PATHS = 200_000;

    static java.util.stream.Stream<Arguments> cases() {
        return MonteCarloAgainstClosedFormTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void closedFormAndPathsAgreeOnComponentLevels(String name, SimulationPlan plan, ShockModel shocks) {
        ProjectedQuantiles exact = ClosedForm.of(plan, shocks).projectedQuantiles(2000, 3000);
        ProjectedQuantiles mc = MonteCarlo.withDefaults()
                .withPaths(PATHS)
                .withThreads(2)
                .withComponents(true)
                .run(plan, shocks, 42)
                .projectedQuantiles(2000, 3000);
        for (int y = 2026; y <= 2035; y++) {
            for (double level : new double[] {0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975}) {
                double z = Math.abs(org.apache.commons.math3.special.Erf.erfInv(2 * level - 1)) * Math.sqrt(2);
                double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
                double binomial = Math.sqrt(level * (1 - level) / PATHS);
                for (String c : List.of("digital", "other")) {
                    GridQuantiles e = c.equals("digital") ? exact.digital() : exact.other();
                    GridQuantiles s = c.equals("digital") ? mc.digital() : mc.other();
                    double spread = (Math.log(e.quantile(y, 0.975)) - Math.log(e.quantile(y, 0.025))) / (2 * 1.96);
                    double tolerance = 5 * binomial * spread / density + PathAccumulator.WIDTH;
                    assertEquals(
                            Math.log(e.quantile(y, level)),
                            Math.log(s.quantile(y, level)),
                            tolerance,
                            name + " " + c + " " + y + " " + level);
                }
                assertEquals(
                        exact.share().quantile(y, level),
                        mc.share().quantile(y, level),
                        0.0025,
                        name + " share " + y + " " + level);
            }
        }
    }

    @Test
    void componentsLeaveEveryOtherResultOfTheSimulationAsItWas() {
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        ShockModel shocks = new ShockModel(0.05, 0.06, 0.3, 0.5, 5, 0.01, 0.015);
        MonteCarlo engine = MonteCarlo.withDefaults().withPaths(20_000).withThreads(2);
        MonteCarloSummary without = engine.run(plan, shocks, 7);
        MonteCarloSummary with = engine.withComponents(true).run(plan, shocks, 7);
        assertEquals(without.probability(0), with.probability(0));
        assertTrue(java.util.Arrays.deepEquals(without.shareQuantiles(), with.shareQuantiles()));
        assertTrue(java.util.Arrays.deepEquals(without.shareMass(), with.shareMass()));
        assertTrue(java.util.Arrays.deepEquals(
                without.shareGrid().values(), with.shareGrid().values()));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> without.projectedQuantiles(1, 1));
    }

    @Test
    void closedFormShareOnTheGridIsTheOutlooksShareAtItsLevels() {
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        ClosedForm exact = ClosedForm.of(plan, ShockModel.gaussian(0.05, 0.07, 0.3));
        GridQuantiles share = exact.projectedQuantiles(1, 1).share();
        double[][] outlook = exact.shareQuantiles();
        for (double level : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
            assertEquals(
                    outlook[3][QuantileLevels.indexOf(level)], share.quantile(2029, level), 1e-15, "share at " + level);
        }
    }

    @Test
    void medianOfComponentsIsTheCentralPathWithoutParameterDraws() {
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        ProjectedQuantiles q =
                ClosedForm.of(plan, ShockModel.gaussian(0.05, 0.07, 0.3)).projectedQuantiles(2000, 3000);
        assertEquals(2000 * Math.exp(4 * 0.08), q.digital().quantile(2029, 0.5), 1e-9);
        assertEquals(3000 * Math.exp(4 * 0.04), q.other().quantile(2029, 0.5), 1e-9);
    }

    @Test
    void mixtureOfTwoFamiliesLiesBetweenThem() {
        SimulationPlan slow = MonteCarloAgainstClosedFormTest.plan(0.05, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        SimulationPlan fast = MonteCarloAgainstClosedFormTest.plan(0.10, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        ShockModel shocks = ShockModel.gaussian(0.05, 0.07, 0.3);
        GridQuantiles a =
                ClosedForm.of(slow, shocks).projectedQuantiles(2000, 3000).digital();
        GridQuantiles b =
                ClosedForm.of(fast, shocks).projectedQuantiles(2000, 3000).digital();
        GridQuantiles m = GridQuantiles.mixture(List.of(a, b), new double[] {0.5, 0.5});
        for (double level : new double[] {0.025, 0.5, 0.975}) {
            double x = m.quantile(2030, level);
            assertTrue(a.quantile(2030, level) <= x && x <= b.quantile(2030, level), "level " + level + ": " + x);
        }
        // at each of the mixture's quantiles, the families' distribution functions average to its level
        for (int i = 0; i < GridQuantiles.count(); i++) {
            double level = GridQuantiles.level(i);
            double x = m.quantile(2030, level);
            assertEquals(level, 0.5 * a.cdf(4, x) + 0.5 * b.cdf(4, x), 1e-9, "level " + level);
        }
    }

    @Test
    void mixtureWithAPointMassPutsItsQuantilesOnThePoint() {
        double[][] point = new double[1][GridQuantiles.count()];
        java.util.Arrays.fill(point[0], 5000);
        double[][] spread = new double[1][GridQuantiles.count()];
        for (int i = 0; i < spread[0].length; i++) {
            spread[0][i] = 4000 + 10 * i;
        }
        GridQuantiles m = GridQuantiles.mixture(
                List.of(new GridQuantiles(2026, point), new GridQuantiles(2026, spread)), new double[] {0.3, 0.7});
        // the spread part is linear from 3990 (level 0) to 5990 (level 1); 5000 sits at its level 0.505, so the
        // mixture's distribution function jumps there from 0.7 · 0.505 = 0.3535 to 0.6535
        assertEquals(5000, m.quantile(2026, 0.5), 1e-6);
        assertEquals(5000, m.quantile(2026, 0.6), 1e-6);
        assertTrue(m.quantile(2026, 0.3) < 5000 && m.quantile(2026, 0.7) > 5000);
    }
}

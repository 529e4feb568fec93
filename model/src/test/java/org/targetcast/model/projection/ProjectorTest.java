package org.targetcast.model.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.FitWindow;
import org.targetcast.model.scenario.GrowthPath;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.trend.TrendFamily;

class ProjectorTest {
    /** Digital 100 → 121 over 2020–2022, total 400 → 484: other grows 10 % a year too, share 25 %. */
    static ComponentHistory history() {
        return new ComponentHistory(
                "Test",
                "USD_100m",
                AnnualSeries.contiguous("d", 2020, 100, 110, 121),
                AnnualSeries.contiguous("t", 2020, 400, 440, 484),
                Map.of());
    }

    static Scenario scenario(ComponentSpec digital, ComponentSpec other, int horizon) {
        return new Scenario(
                "s",
                "t",
                "",
                "test",
                horizon,
                2020,
                digital,
                other,
                List.of(ShareTarget.in(horizon, 0.3)),
                org.targetcast.model.scenario.UncertaintySpec.defaults());
    }

    private static Projector projector(double digitalLogGrowth, double otherLogGrowth) {
        return Projector.withDefaults()
                .withModels(f ->
                        new ConstantGrowthModel(f, f == TrendFamily.LOG_LINEAR ? digitalLogGrowth : otherLogGrowth));
    }

    @Test
    void continuesTrendGrowthFromTheLastObservation() {
        Scenario s = scenario(ComponentSpec.of(TrendFamily.LOG_LINEAR), ComponentSpec.of(TrendFamily.DRIFT), 2025);
        Projection p = projector(0.10, 0.0).project(s, history());
        assertEquals(2025, p.horizon());
        assertEquals(121 * Math.exp(0.3), p.digital(2025), 1e-9);
        assertEquals(363, p.other(2025), 1e-9);
        assertEquals(p.digital(2025) / (p.digital(2025) + 363), p.share(2025), 1e-12);
        assertEquals(3, p.projectedShare().size());
    }

    @Test
    void explicitGrowthOverridesTheTrendInItsYearsOnly() {
        ComponentSpec digital =
                ComponentSpec.of(TrendFamily.LOG_LINEAR).withGrowth(GrowthPath.constant(2023, 2024, 0.5));
        Projection p =
                projector(0.0, 0.0).project(scenario(digital, ComponentSpec.of(TrendFamily.DRIFT), 2025), history());
        assertEquals(121 * 1.5, p.digital(2023), 1e-9);
        assertEquals(121 * 2.25, p.digital(2024), 1e-9);
        assertEquals(121 * 2.25, p.digital(2025), 1e-9);
    }

    @Test
    void levelShockIsPermanent() {
        ComponentSpec other = ComponentSpec.of(TrendFamily.DRIFT).withLevelShocks(new TreeMap<>(Map.of(2024, -0.2)));
        Projection p =
                projector(0.0, 0.0).project(scenario(ComponentSpec.of(TrendFamily.LOG_LINEAR), other, 2026), history());
        assertEquals(363, p.other(2023), 1e-9);
        assertEquals(363 * 0.8, p.other(2024), 1e-9);
        assertEquals(363 * 0.8, p.other(2026), 1e-9);
    }

    @Test
    void fitWindowLimitsTheDataTheTrendSees() {
        ComponentSpec digital =
                ComponentSpec.of(TrendFamily.LOG_LINEAR).withFit(new FitWindow(2020, 2021, new java.util.TreeSet<>()));
        Projection p =
                projector(0.1, 0.0).project(scenario(digital, ComponentSpec.of(TrendFamily.DRIFT), 2023), history());
        AnnualSeries seen = p.fit(Component.DIGITAL).orElseThrow().data();
        assertEquals(2021, seen.lastYear());
        // the trend continues from its own last year: its growth, not its level, is carried to 2023
        assertEquals(121 * Math.exp(0.1), p.digital(2023), 1e-9);
    }

    @Test
    void excludedYearsAreLeftOutOfTheFit() {
        ComponentSpec digital = ComponentSpec.of(TrendFamily.LOG_LINEAR).withFit(FitWindow.excluding(Set.of(2021)));
        Projection p =
                projector(0.1, 0.0).project(scenario(digital, ComponentSpec.of(TrendFamily.DRIFT), 2023), history());
        assertTrue(!p.fit(Component.DIGITAL).orElseThrow().data().contains(2021));
    }

    @Test
    void noFitIsMadeWhenExplicitGrowthCoversEveryYear() {
        ComponentSpec digital =
                ComponentSpec.of(TrendFamily.LOG_LINEAR).withGrowth(GrowthPath.constant(2023, 2025, 0.05));
        Projection p =
                projector(0.1, 0.0).project(scenario(digital, ComponentSpec.of(TrendFamily.DRIFT), 2025), history());
        assertTrue(p.fit(Component.DIGITAL).isEmpty());
        assertTrue(p.fit(Component.OTHER).isPresent());
    }

    @Test
    void shocksInTheWindowReachTheTrendModelAsInterventions() {
        // a clean 5 % trend with a one-year spike in 2021: modelled as an additive outlier, the spike leaves the slope
        // alone
        double[] d = new double[10];
        for (int i = 0; i < d.length; i++) {
            d[i] = 100 * Math.exp(0.05 * i) * (i == 6 ? 1.3 : 1.0);
        }
        ComponentHistory h = new ComponentHistory(
                "Test",
                "USD_100m",
                AnnualSeries.contiguous("d", 2015, d),
                AnnualSeries.contiguous(
                        "t", 2015, java.util.Arrays.stream(d).map(v -> 4 * v).toArray()),
                Map.of());
        ComponentSpec digital = ComponentSpec.of(TrendFamily.LOG_LINEAR)
                .withFit(FitWindow.all()
                        .withShocks(List.of(
                                org.targetcast.model.trend.Intervention.outlier(2021),
                                org.targetcast.model.trend.Intervention.outlier(2030))));
        Scenario s = scenario(digital, ComponentSpec.of(TrendFamily.LOG_LINEAR), 2026);
        Projection p = Projector.withDefaults().project(s, h);
        var fit = p.fit(Component.DIGITAL).orElseThrow();
        assertEquals(
                0.05,
                fit.parameters().stream()
                        .filter(x -> x.name().equals("slope"))
                        .findFirst()
                        .orElseThrow()
                        .estimate(),
                1e-9);
        assertTrue(
                fit.parameters().stream().anyMatch(x -> x.name().equals("AO 2021")),
                fit.parameters().toString());
        assertTrue(
                fit.parameters().stream().noneMatch(x -> x.name().contains("2030")),
                "a shock outside the data is not passed on");
    }

    @Test
    void rejectsAYearBothExcludedAndAShock() {
        ModelException e = assertThrows(ModelException.class, () -> FitWindow.excluding(Set.of(2020))
                .withShocks(List.of(org.targetcast.model.trend.Intervention.levelShift(2020))));
        assertEquals("fit window: 2020 is both excluded and a shock; choose one", e.getMessage());
    }

    @Test
    void rejectsHorizonNotAfterTheLastObservation() {
        Scenario s = scenario(ComponentSpec.of(TrendFamily.LOG_LINEAR), ComponentSpec.of(TrendFamily.DRIFT), 2022);
        ModelException e =
                assertThrows(ModelException.class, () -> projector(0, 0).project(s, history()));
        assertTrue(e.getMessage().contains("horizon 2022 must be after the last observed year 2022"), e.getMessage());
    }

    @Test
    void rejectsTrendThatFallsToZero() {
        Projector falling = Projector.withDefaults().withModels(f -> new ConstantGrowthModel(f, 0) {
            @Override
            public org.targetcast.model.trend.TrendFit fit(AnnualSeries series) {
                org.targetcast.model.trend.TrendFit inner = super.fit(series);
                return new DelegatingFit(inner) {
                    @Override
                    public double[] forecast(int steps) {
                        double[] f = new double[steps];
                        for (int h = 0; h < steps; h++) {
                            f[h] = inner.base() - 200.0 * (h + 1);
                        }
                        return f;
                    }
                };
            }
        });
        Scenario s = scenario(ComponentSpec.of(TrendFamily.LINEAR), ComponentSpec.of(TrendFamily.LINEAR), 2030);
        ModelException e = assertThrows(ModelException.class, () -> falling.project(s, history()));
        assertTrue(e.getMessage().contains("falls to"), e.getMessage());
        String component = e.getMessage().contains("for other") ? "other" : "digital";
        assertEquals(
                "components." + component + ".model", e.key(), "the failure carries the key it belongs to as data");
    }

    @Test
    void shareFamilyProjectsDigitalThroughTheShare() {
        // a "share trend" that raises the logit by 0.2 a year
        Projector p = Projector.withDefaults().withModels(f -> new ConstantGrowthModel(f, 0) {
            @Override
            public org.targetcast.model.trend.TrendFit fit(AnnualSeries series) {
                org.targetcast.model.trend.TrendFit inner = super.fit(series);
                if (f != TrendFamily.LOGISTIC) {
                    return inner;
                }
                return new DelegatingFit(inner) {
                    @Override
                    public double[] forecast(int steps) {
                        double[] f = new double[steps];
                        double logit = Math.log(inner.base() / (1 - inner.base()));
                        for (int h = 1; h <= steps; h++) {
                            f[h - 1] = 1 / (1 + Math.exp(-(logit + 0.2 * h)));
                        }
                        return f;
                    }
                };
            }
        });
        Scenario s = scenario(ComponentSpec.of(TrendFamily.LOGISTIC), ComponentSpec.of(TrendFamily.DRIFT), 2024);
        Projection proj = p.project(s, history());
        double logit2022 = Math.log(0.25 / 0.75);
        assertEquals(logit2022 + 0.4, Math.log(proj.share(2024) / (1 - proj.share(2024))), 1e-9);
        assertEquals(363, proj.other(2024), 1e-9);
    }
}

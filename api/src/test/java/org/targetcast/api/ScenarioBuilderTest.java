package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioBuilderTest {
    private final Targetcast tc = Targetcast.shippedData().withPaths(20_000);

    static ScenarioBuilder baseline() {
        return Scenarios.builder("baseline")
                .title("Baseline - fitted trends, pandemic years left out")
                .data("china")
                .horizon(2035)
                .baselineYear(2015)
                .digital(c -> c.model("drift").fitFrom(2015).exclude(2020, 2021, 2022))
                .other(c -> c.model("drift").fitFrom(2015).exclude(2020, 2021, 2022))
                .shareTarget(2029, 0.45)
                .shareTarget(2035, 0.50)
                .growthTarget(2025, 2029, 0.0)
                .shocks("history")
                .calibration("panel")
                .families("drift", "loglinear", "damped", "pooled");
    }

    @Test
    void baselineBuiltInCodeIsTheBaselineFile() {
        ScenarioSource built = baseline().build();
        ScenarioSource file = Scenarios.read(Path.of(Shipped.SCENARIOS, "baseline.yaml"));
        assertEquals(file.scenario().digital(), built.scenario().digital());
        assertEquals(file.scenario().other(), built.scenario().other());
        assertEquals(file.scenario().targets(), built.scenario().targets());
        assertEquals(file.scenario().uncertainty(), built.scenario().uncertainty());
        RunResult a = tc.run(built);
        RunResult b = tc.run(file);
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    b.scenarios().get(0).target(i).probability(),
                    a.scenarios().get(0).target(i).probability(),
                    0.0);
        }
    }

    @Test
    void builderIsImmutableSoVariantsShareAStart() {
        ScenarioBuilder base = baseline();
        ScenarioBuilder push = base.digitalGrowth(2026, 2035, 0.12);
        assertTrue(push.yaml().contains("growth: {2026-2035: 0.12}"), push.yaml());
        assertTrue(!base.yaml().contains("growth:"), "the start is unchanged");
        RunResult r = tc.run(
                base.build(),
                Scenarios.builder("push")
                        .data("china")
                        .horizon(2035)
                        .baselineYear(2015)
                        .digitalGrowth(2026, 2035, 0.12)
                        .digital(c -> c.model("drift").fitFrom(2015).exclude(2020, 2021, 2022))
                        .other(c -> c.model("drift").fitFrom(2015).exclude(2020, 2021, 2022))
                        .shareTarget(2029, 0.45)
                        .shocks("history")
                        .calibration("panel")
                        .build());
        assertTrue(
                r.scenario("push").target(0).probability()
                        > r.scenario("baseline").target(0).probability(),
                "12 % digital growth a year beats the fitted trend");
    }

    @Test
    void builtScenarioSavesAsAFileTheReaderAccepts() {
        ScenarioSource built =
                baseline().description("Says \"quoted\" things\nover two lines").build();
        assertEquals("Says \"quoted\" things\nover two lines", built.scenario().description());
        ScenarioSource again = Scenarios.parse(built.yaml().orElseThrow(), Path.of("baseline.yaml"));
        assertEquals(built.scenario(), again.scenario());
        assertEquals(built.sha256(), again.sha256());
        String provenance = tc.run(built).scenarios().get(0).provenance();
        assertTrue(
                provenance.contains("scenario baseline sha256:" + built.sha256().substring(0, 12)), provenance);
        assertTrue(provenance.endsWith("20000 paths, seed 20241128"), provenance);
    }

    @Test
    void badValuesAreReportedAtTheirKey() {
        BadInputException e = assertThrows(BadInputException.class, () -> Scenarios.builder("bad")
                .digital(c -> c.growth(2027, -1.5))
                .shareTarget(2029, 1.2)
                .build());
        List<String> keys = e.problems().stream().map(Problem::key).toList();
        assertTrue(keys.contains("components.digital.growth.2027"), keys.toString());
        assertTrue(keys.contains("targets[1].share"), keys.toString());
        assertTrue(e.problems().get(0).file().equals("bad"), e.problems().get(0).formatted());
    }
}

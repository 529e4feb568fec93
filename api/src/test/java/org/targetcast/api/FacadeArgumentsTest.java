package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every argument the facade takes is checked where it comes in: a missing value or a NaN is a
 * {@link BadInputException} naming the argument and what was expected, as the command line says it, never a bare
 * NullPointerException and never a silent default.
 */
class FacadeArgumentsTest {
    private static final Targetcast TC = Targetcast.shippedData().deterministic();
    private static final Supplier<ScenarioSource> BASELINE =
            () -> Scenarios.read(Path.of(Shipped.SCENARIOS, "baseline.yaml"));

    @Test
    void refusesNullAndNaNArgumentsWithTheirNames() {
        ScenarioSource s = BASELINE.get();
        Map<String, Executable> calls = new java.util.LinkedHashMap<>();
        calls.put("probability", () -> TC.solve(List.of(s), Double.NaN));
        calls.put("--data", () -> Targetcast.data(null));
        calls.put("series", () -> TC.backtest(null));
        calls.put("fit.exclude", () -> Scenarios.builder("x").digital(c -> c.exclude((int[]) null)));
        calls.put("uncertainty.families", () -> Scenarios.builder("x").families((String[]) null));
        calls.put("components.digital", () -> Scenarios.builder("x").digital(null));
        calls.put("scenarios", () -> TC.run((ScenarioSource) null));
        calls.put("method", () -> TC.withMethod(null));
        calls.put("axis", () -> Axis.of(null, 0, 1));
        calls.put("x", () -> TC.sweep(s, 0, null, null, 5));
        calls.put("model", () -> Scenarios.builder("x").digital(c -> c.model(null)));
        calls.put("title", () -> Scenarios.builder("x").title(null));
        for (var call : calls.entrySet()) {
            BadInputException e = assertThrows(BadInputException.class, call.getValue(), call.getKey());
            String line = e.lines().get(0);
            assertTrue(line.startsWith(call.getKey() + ": "), line);
            assertTrue(line.contains("expected"), line);
        }
        BadInputException none = assertThrows(BadInputException.class, () -> TC.solve(null));
        assertEquals(
                "scenarios: expected a list of scenarios, found none",
                none.lines().get(0));
    }

    @Test
    void solveWithoutAProbabilityStillGivesTheRequiredGrowth() {
        List<Requirement> rs = TC.solve(List.of(BASELINE.get()));
        assertTrue(!rs.isEmpty() && rs.stream().allMatch(r -> Double.isNaN(r.growthForProbability())), rs.toString());
    }
}

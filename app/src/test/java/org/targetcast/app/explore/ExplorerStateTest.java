package org.targetcast.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.model.ModelException;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.scenario.Scenario;

class ExplorerStateTest {
    private final LoadedScenario baseline = Fixtures.scenario("baseline.yaml");
    private final int first = Fixtures.firstProjectedYear();

    @Test
    void withoutOverridesIsTheLoadedScenario() {
        assertEquals(baseline.scenario(), ExplorerState.of(baseline).scenario(first));
    }

    @Test
    void growthOverrideIsAConstantRateInEveryProjectedYear() {
        Scenario s =
                ExplorerState.of(baseline).with(Assumption.DIGITAL_GROWTH, 0.09).scenario(first);
        for (int y = first; y <= s.horizon(); y++) {
            assertEquals(0.09, s.digital().growth().rate(y).orElseThrow(), "year " + y);
        }
        assertTrue(s.digital().growth().rate(first - 1).isEmpty());
        assertTrue(s.other().growth().isEmpty());
        assertEquals(baseline.scenario().uncertainty(), s.uncertainty());
    }

    @Test
    void replacesTheGrowthTheScenarioStates() {
        LoadedScenario push = Fixtures.scenario("digital-push.yaml");
        Scenario s =
                ExplorerState.of(push).with(Assumption.DIGITAL_GROWTH, 0.04).scenario(first);
        assertEquals(0.04, s.digital().growth().rate(2030).orElseThrow());
        assertEquals(s.horizon() - first + 1, s.digital().growth().rates().size());
    }

    @Test
    void shockOverridesGoToTheUncertaintySettings() {
        Scenario s = ExplorerState.of(baseline)
                .with(Assumption.DIGITAL_VOLATILITY, 0.03)
                .with(Assumption.OTHER_VOLATILITY, 0.08)
                .with(Assumption.CORRELATION, -0.25)
                .scenario(first);
        assertEquals(0.03, s.uncertainty().volatilityDigital());
        assertEquals(0.08, s.uncertainty().volatilityOther());
        assertEquals(-0.25, s.uncertainty().correlation());
        assertEquals(baseline.scenario().digital(), s.digital());
    }

    @Test
    void appliesEveryOverrideAsAssumptionApplyDoes() {
        ExplorerState state =
                ExplorerState.of(baseline).with(Assumption.CORRELATION, 0.1).with(Assumption.OTHER_GROWTH, 0.05);
        Scenario expected = Assumption.CORRELATION.apply(
                Assumption.OTHER_GROWTH.apply(baseline.scenario(), first, 0.05), first, 0.1);
        assertEquals(expected, state.scenario(first));
    }

    @Test
    void resetReturnsToTheScenariosValue() {
        ExplorerState moved =
                ExplorerState.of(baseline).with(Assumption.DIGITAL_GROWTH, 0.09).with(Assumption.CORRELATION, 0.2);
        ExplorerState back = moved.reset(Assumption.DIGITAL_GROWTH);
        assertFalse(back.override(Assumption.DIGITAL_GROWTH).isPresent());
        assertEquals(0.2, back.override(Assumption.CORRELATION).orElseThrow());
        assertEquals(ExplorerState.of(baseline), moved.resetAll());
    }

    @Test
    void reloadingKeepsTheOverrides() {
        ExplorerState moved = ExplorerState.of(baseline).with(Assumption.OTHER_VOLATILITY, 0.05);
        LoadedScenario push = Fixtures.scenario("digital-push.yaml");
        ExplorerState reloaded = moved.withSource(push);
        assertEquals(push, reloaded.source());
        assertEquals(Map.of(Assumption.OTHER_VOLATILITY, 0.05), reloaded.overrides());
    }

    @Test
    void isImmutable() {
        ExplorerState s = ExplorerState.of(baseline);
        s.with(Assumption.DIGITAL_GROWTH, 0.09);
        assertTrue(s.overrides().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> s.overrides().put(Assumption.CORRELATION, 0.0));
    }

    @Test
    void rejectsValuesOutsideTheirRangeNamingTheAssumption() {
        ExplorerState s = ExplorerState.of(baseline);
        assertTrue(assertThrows(ModelException.class, () -> s.with(Assumption.CORRELATION, 1.5))
                .getMessage()
                .contains("correlation"));
        assertTrue(assertThrows(ModelException.class, () -> s.with(Assumption.DIGITAL_VOLATILITY, -0.1))
                .getMessage()
                .contains("digital_volatility"));
        assertThrows(ModelException.class, () -> s.with(Assumption.OTHER_GROWTH, Double.NaN));
    }
}

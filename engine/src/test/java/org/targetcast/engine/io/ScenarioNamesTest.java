package org.targetcast.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A scenario's name, as every table shows it, stands for its file in the scenarios folder. */
class ScenarioNamesTest {
    private static final Path SCENARIOS = Path.of("../scenarios");

    @Test
    void aBareNameStandsForTheYamlFileInTheScenariosFolder() {
        assertEquals(SCENARIOS.resolve("baseline.yaml"), ScenarioSets.byName("baseline", SCENARIOS));
        assertEquals(SCENARIOS.resolve("digital-push.yaml"), ScenarioSets.byName("digital-push", SCENARIOS));
    }

    @Test
    void pathsThatExistAndUnknownNamesStayAsGiven() {
        assertEquals(
                Path.of("../scenarios/baseline.yaml"), ScenarioSets.byName("../scenarios/baseline.yaml", SCENARIOS));
        assertEquals(Path.of("no-such-scenario"), ScenarioSets.byName("no-such-scenario", SCENARIOS));
        assertEquals(Path.of("baseline.yml"), ScenarioSets.byName("baseline.yml", SCENARIOS));
    }
}

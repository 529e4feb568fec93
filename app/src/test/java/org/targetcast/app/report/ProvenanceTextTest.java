package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.ProvenanceText;
import org.targetcast.model.assessment.Provenance;

class ProvenanceTextTest {
    private static final String SCENARIO_HASH = "0123456789abcdef".repeat(4);
    private static final Provenance SIMULATED = new Provenance(
            "1.2.3", "scenarios/data/observations.csv", "feed", "scenarios/baseline.yaml", SCENARIO_HASH, 5000, 42);
    private static final Provenance CENTRAL = new Provenance(
            "1.2.3", "scenarios/data/observations.csv", "feed", "scenarios/baseline.yaml", SCENARIO_HASH, 0, 42);

    @Test
    void footerNamesVersionScenarioShortHashAndTheSimulation() {
        assertEquals(
                "targetcast 1.2.3 · scenario scenarios/baseline.yaml sha256:0123456789ab · 5000 paths, seed 42",
                ProvenanceText.footer(SIMULATED, Lang.EN));
        assertEquals(
                "targetcast 1.2.3 · 情景文件 scenarios/baseline.yaml sha256:0123456789ab · 5000条路径，随机种子42",
                ProvenanceText.footer(SIMULATED, Lang.ZH));
    }

    @Test
    void aCentralRunHasNoPathsOrSeed() {
        assertEquals(
                "targetcast 1.2.3 · scenario scenarios/baseline.yaml sha256:0123456789ab",
                ProvenanceText.footer(CENTRAL, Lang.EN));
    }

    @Test
    void theLineAddsTheDataFileWithItsFullHash() {
        assertEquals(
                ProvenanceText.footer(SIMULATED, Lang.EN) + " · data scenarios/data/observations.csv sha256 feed",
                ProvenanceText.line(SIMULATED, Lang.EN));
        assertEquals(
                "Scenario file scenarios/baseline.yaml, sha256 " + SCENARIO_HASH + ".",
                ProvenanceText.scenarioFile(SIMULATED, Lang.EN));
    }
}

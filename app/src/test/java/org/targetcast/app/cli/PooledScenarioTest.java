package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code model: pooled} in a scenario pools each China component over the same component of the data's economies. */
class PooledScenarioTest {
    @TempDir
    Path dir;

    @Test
    void pooledScenarioProjectsWithTheDriftShrunkTowardThePanel() throws IOException {
        Files.copy(Path.of(Cli.SCENARIOS, "baseline.yaml"), dir.resolve("baseline.yaml"));
        Files.writeString(dir.resolve("pooled.yaml"), scenario("pooled"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("drift.yaml"), scenario("drift"), StandardCharsets.UTF_8);
        Cli r = Cli.run(
                "run",
                dir.resolve("pooled.yaml").toString(),
                dir.resolve("drift.yaml").toString(),
                "--data",
                Cli.DATA,
                "--deterministic",
                "--no-charts",
                "--wide",
                "--out",
                dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        String pooled = r.out()
                .lines()
                .filter(l -> l.startsWith("pooled ") && l.contains("in 2029"))
                .findFirst()
                .orElseThrow();
        String drift = r.out()
                .lines()
                .filter(l -> l.startsWith("drift ") && l.contains("in 2029"))
                .findFirst()
                .orElseThrow();
        assertNotEquals(
                pooled.substring("pooled".length()).strip(),
                drift.substring("drift".length()).strip(),
                r.out());
        Cli fit = Cli.run("fit", "china.digital", "--data", Cli.DATA);
        assertEquals(0, fit.code(), fit.err());
        assertTrue(
                fit.out().lines().anyMatch(l -> l.startsWith("pooled: ") && l.contains("pooled over 64 series")),
                fit.out());
    }

    private static String scenario(String model) {
        return "name: " + model + "\nextends: baseline.yaml\ntitle: " + model + "\ncomponents:\n"
                + "  digital:\n    model: " + model + "\n    fit: {from: 2010}\n"
                + "  other:\n    model: " + model + "\n    fit: {from: 2010}\n";
    }
}

package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.cli.Cli;

/**
 * The specification range and the growth readings come from the run's own forecast: the range's central
 * probability is summary.csv's, the scenario's own reading of the growth condition is summary.csv's, and the
 * range spans every choice the design names (both bases, the fit starts, the four treatments of 2020-2022,
 * the pooled drift among the families), in English and Chinese.
 */
class SpecificationRangeParityTest {
    @Test
    void theRangeAndTheReadingsAreTheRunsOwnForecast(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli cli = Cli.run(
                "run", Cli.SCENARIOS + "/baseline.yaml", "--data", Cli.DATA, "--out", out.toString(), "--no-charts");
        assertEquals(0, cli.code(), cli.err());
        Csv summary = Csv.read(out.resolve("summary.csv"));
        Csv spec = Csv.read(out.resolve("specification.csv"));
        List<String> own = spec.rows().get(0);
        assertEquals("average", own.get(spec.column("family")));
        String growthP = null;
        for (List<String> row : summary.rows()) {
            String target = row.get(summary.column("target"));
            if (target.startsWith("share")) {
                assertEquals(
                        row.get(summary.column("probability")),
                        own.get(spec.column("probability " + target)),
                        target + ": the range's central probability is the run's");
            } else {
                growthP = row.get(summary.column("probability"));
            }
        }
        Set<String> bases = new HashSet<>();
        Set<String> treatments = new HashSet<>();
        Set<String> families = new HashSet<>();
        Set<String> starts = new HashSet<>();
        double weights = 0;
        for (List<String> row : spec.rows().subList(1, spec.rows().size())) {
            bases.add(row.get(spec.column("basis")));
            treatments.add(row.get(spec.column("treatment_2020_2022")));
            families.add(row.get(spec.column("family")));
            starts.add(row.get(spec.column("fit_start")));
            weights += Double.parseDouble(row.get(spec.column("weight")));
        }
        assertEquals(Set.of("mofcom", "unctad"), bases);
        assertEquals(Set.of("excluded", "outliers", "level_shift", "kept"), treatments);
        assertTrue(families.containsAll(Set.of("drift", "loglinear", "pooled")), families.toString());
        assertTrue(starts.size() >= 5, starts.toString());
        assertEquals(1, weights, 1e-3);
        assertTrue(cli.out().contains("range (10–90%)"), cli.out());
        assertTrue(cli.out().contains("moves it most"), cli.out());
        long whole = Math.round(100 * Double.parseDouble(growthP));
        assertTrue(
                cli.out().matches("(?s).*in every year 2025–2029 \\(the scenario's reading\\)\\s+" + whole + "%.*"),
                "the stated reading prints the run's " + whole + "%:\n" + cli.out());
        assertTrue(cli.out().contains("the scale in 2029 above its 2024 level"), cli.out());
    }

    @Test
    void theRangeAndTheReadingsSpeakChinese(@TempDir Path dir) {
        Cli cli = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("out").toString(),
                "--no-charts",
                "--lang",
                "zh");
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().contains("设定范围（10%–90%）"), cli.out());
        assertTrue(cli.out().contains("影响最大"), cli.out());
        assertTrue(cli.out().contains("情景采用的解读"), cli.out());
        assertTrue(cli.out().contains("2029年规模高于2024年"), cli.out());
    }
}

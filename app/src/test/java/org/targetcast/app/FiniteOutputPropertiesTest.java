package org.targetcast.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.targetcast.app.cli.TargetcastCommand;

/**
 * Accepted means runnable: a scenario generated anywhere inside the documented ranges (docs/scenarios.md:
 * growth and level shocks from −90 % to +100 % a year, volatility 0 to 2, horizon up to 2100, correlation,
 * persistence, tail and variance scale over their whole ranges, every trend family) either runs, writing
 * no NaN or infinity into any CSV, the manifest or the report, or is refused as bad input (exit 2), never an
 * internal error. Fixed seed, few paths.
 */
class FiniteOutputPropertiesTest {
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)\\bnan\\b|infinity");

    private static Path root;
    private static Path data;

    @BeforeContainer
    static void copyTheData() throws IOException {
        root = Files.createTempDirectory("targetcast-finite");
        data = root.resolve("observations.csv");
        String csv = Files.readAllLines(Path.of("../scenarios/data/observations.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("economy,") || l.startsWith("China,"))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(data, csv, StandardCharsets.UTF_8);
    }

    @AfterContainer
    static void removeIt() throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A component: model, then optional explicit growth over the whole projection, a level shock and a volatility. */
    @Provide
    Arbitrary<String> component() {
        Arbitrary<String> model = Arbitraries.of("loglinear", "linear", "drift", "damped");
        Arbitrary<Double> rate =
                Arbitraries.oneOf(Arbitraries.doubles().between(-0.9, 1.0), Arbitraries.of(-0.9, 1.0, 0.0));
        Arbitrary<Double> volatility = Arbitraries.oneOf(Arbitraries.doubles().between(0, 2), Arbitraries.of(0.0, 2.0));
        return Combinators.combine(model, rate.injectNull(0.4), rate.injectNull(0.6), volatility.injectNull(0.3))
                .as((m, g, shock, v) -> "{model: " + m + (g == null ? "" : ", growth: {2026-HORIZON: " + num(g) + "}")
                        + (shock == null ? "" : ", level_shocks: {2027: " + num(shock) + "}")
                        + (v == null ? "" : ", volatility: " + num(v)) + "}");
    }

    @Provide
    Arbitrary<String> uncertainty() {
        return Combinators.combine(
                        Arbitraries.doubles().between(-1, 1).injectNull(0.3),
                        Arbitraries.doubles().between(0, 0.99).injectNull(0.5),
                        Arbitraries.doubles().between(2.01, 1e6).injectNull(0.5),
                        Arbitraries.of(0.0001, 0.01, 1.0, 10.0, 10_000.0).injectNull(0.3),
                        Arbitraries.of(true, false))
                .as((rho, phi, df, scale, parameters) -> "{paths: 2000, seed: 7"
                        + (rho == null ? "" : ", correlation: " + num(rho))
                        + (phi == null ? "" : ", persistence: " + num(phi))
                        + (df == null ? "" : ", tail_df: " + num(df))
                        + (scale == null ? "" : ", variance_scale: " + num(scale))
                        + ", parameter_uncertainty: " + parameters + "}");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    @Property(seed = "20261130", tries = 60, edgeCases = EdgeCasesMode.NONE)
    void everyAcceptedScenarioRunsWithFiniteOutputs(
            @ForAll("component") String digital,
            @ForAll("component") String other,
            @ForAll("uncertainty") String uncertainty,
            @ForAll @IntRange(min = 2027, max = 2100) int horizon)
            throws IOException {
        String yaml = "title: Generated\nhorizon: " + horizon + "\ncomponents:\n  digital: "
                + digital.replace("HORIZON", "" + horizon)
                + "\n  other: " + other.replace("HORIZON", "" + horizon) + "\ntargets:\n  - {year: "
                + Math.min(horizon, 2029)
                + ", share: 0.45}\n  - {year: " + horizon + ", share: 0.5, reached_by: true}\n  - {from: 2026, to: "
                + horizon
                + ", digital_growth_at_least: 0.05}\nuncertainty: " + uncertainty + "\n";
        Path scenario = root.resolve("generated.yaml");
        Files.writeString(scenario, yaml, StandardCharsets.UTF_8);
        Path out = root.resolve("out");
        StringWriter err = new StringWriter();
        int code = TargetcastCommand.execute(
                new String[] {
                    "run",
                    scenario.toString(),
                    "--data",
                    data.toString(),
                    "--out",
                    out.toString(),
                    "--no-charts",
                    "--threads",
                    "1"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertTrue(code == 0 || code == 2, "exit " + code + " for\n" + yaml + err);
        Statistics.collect(code == 0 ? "ran" : "refused");
        if (code != 0) {
            assertFalse(err.toString().isBlank());
            return;
        }
        List<Path> written;
        try (var files = Files.walk(out.toRealPath())) {
            // report.pdf is binary and set from the same document as report.html, which is checked here
            written = files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".pdf"))
                    .toList();
        }
        assertTrue(written.stream().anyMatch(p -> p.getFileName().toString().equals("trajectories.csv")));
        for (Path f : written) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertFalse(
                    NOT_FINITE.matcher(text).find(),
                    f.getFileName() + " holds a value that is not finite, for\n" + yaml);
        }
        assertEquals(0, code);
    }
}

package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.model.trend.TrendFamily;

class CommandsTest {
    @TempDir
    Path dir;

    @Test
    void runWritesEveryOutputForEveryShippedScenario() throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", Cli.SCENARIOS, "--data", Cli.DATA, "--out", out.toString(), "--wide");
        assertEquals(0, r.code(), r.err());
        List<String> names = Files.list(Path.of(Cli.SCENARIOS))
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".yaml"))
                .map(n -> n.replace(".yaml", ""))
                .sorted()
                .toList();
        assertTrue(names.size() >= 4, "a baseline and at least three alternatives ship");
        for (String n : names) {
            assertTrue(
                    r.out().lines().anyMatch(l -> l.startsWith(n + " ") && l.contains("share ≥ 45% in 2029")),
                    n + " 2029 row");
            assertTrue(
                    r.out().lines().anyMatch(l -> l.startsWith(n + " ") && l.contains("share ≥ 50% in 2035")),
                    n + " 2035 row");
            assertTrue(Files.size(out.resolve("charts/" + n + "-share.png")) > 1000);
            assertTrue(
                    Files.readString(out.resolve("charts/" + n + "-share.svg")).contains("<svg"));
            assertTrue(Files.size(out.resolve("charts/" + n + "-fan.png")) > 1000, n + " fan chart");
            for (String kind : List.of("components", "decomposition", "histogram-2029", "histogram-2035")) {
                assertTrue(
                        Files.size(out.resolve("charts/" + n + "-" + kind + ".png")) > 1000, n + " " + kind + " chart");
            }
            assertTrue(Files.readString(out.resolve("charts/" + n + "-fan.svg")).contains("<svg"));
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + 3 * names.size(), summary.size(), "header and three default targets per scenario");
        List<String> traj = Files.readAllLines(out.resolve("trajectories.csv"));
        assertEquals(1 + names.size() * (2035 - 2010 + 1), traj.size(), "every year 2010-2035 per scenario");
        assertTrue(
                traj.stream().anyMatch(l -> l.startsWith("baseline,2024,observed,") && l.contains(",S14 / S25,")),
                "sources of observed years");
        List<String> first = Files.readAllLines(out.resolve("first_years.csv"));
        assertTrue(
                first.stream().anyMatch(l -> l.startsWith("baseline,share >= 45% in 2029,never,")),
                "paths that never reach it");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"sha256\""));
        assertTrue(manifest.contains("\"model\": \"loglinear\""));
        assertFalse(
                Files.list(dir).anyMatch(p -> p.getFileName().toString().contains("staging")),
                "no staging folder left");
    }

    @Test
    void runPrintsProbabilitiesWithTheirMethod() throws IOException {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("o").toString(),
                "--no-charts",
                "--paths",
                "20000");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().lines().anyMatch(l -> l.startsWith("  share ≥ 45% in 2029") && l.matches(".* \\d+%  .*")),
                r.out());
        assertFalse(r.out().contains("exact"), "the check is not in the default view");
        Cli verbose = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("v").toString(),
                "--no-charts",
                "--paths",
                "20000",
                "--verbose");
        assertTrue(
                verbose.out()
                        .lines()
                        .anyMatch(
                                l -> l.matches(
                                        "baseline, share ≥ 45% in 2029: exact \\d+\\.\\d\\d%, simulated \\d+\\.\\d\\d% ± \\d\\.\\d\\d")),
                verbose.out());
        Cli mc = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("m").toString(),
                "--no-charts",
                "--paths",
                "20000",
                "--method",
                "montecarlo",
                "--verbose");
        assertTrue(
                mc.out()
                        .lines()
                        .anyMatch(l ->
                                l.matches("baseline, share ≥ 45% in 2029: simulated \\d+\\.\\d\\d% ± \\d+\\.\\d\\d")),
                mc.out());
        List<String> traj = Files.readAllLines(dir.resolve("m/trajectories.csv"));
        assertTrue(traj.get(0).endsWith(",share_q90,share_q95"));
        assertTrue(
                traj.stream().filter(l -> l.contains(",2035,projected,")).allMatch(l -> !l.endsWith(",")),
                "projected years carry quantiles");
    }

    @Test
    void sameSeedSameNumbersWhateverTheThreads() throws IOException {
        String[] common = {
            "run",
            Cli.SCENARIOS + "/baseline.yaml",
            "--data",
            Cli.DATA,
            "--no-charts",
            "--paths",
            "50000",
            "--seed",
            "7",
            "--method",
            "montecarlo"
        };
        Cli a = Cli.run(concat(common, "--out", dir.resolve("a").toString(), "--threads", "1"));
        Cli b = Cli.run(concat(common, "--out", dir.resolve("b").toString(), "--threads", "2"));
        Cli c = Cli.run(concat(common, "--out", dir.resolve("c").toString(), "--threads", "8"));
        assertEquals(0, a.code(), a.err());
        assertEquals(
                a.out().replace(dir.resolve("a").toString(), ""),
                b.out().replace(dir.resolve("b").toString(), ""));
        assertEquals(
                a.out().replace(dir.resolve("a").toString(), ""),
                c.out().replace(dir.resolve("c").toString(), ""));
        assertEquals(Files.readString(dir.resolve("a/summary.csv")), Files.readString(dir.resolve("c/summary.csv")));
        Cli d = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--no-charts",
                "--paths",
                "50000",
                "--seed",
                "8",
                "--method",
                "montecarlo",
                "--out",
                dir.resolve("d").toString());
        assertFalse(
                Files.readString(dir.resolve("a/summary.csv")).equals(Files.readString(dir.resolve("d/summary.csv"))));
    }

    @Test
    void rejectsTooFewPaths() {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--paths",
                "5",
                "--out",
                dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertEquals(
                "--paths: expected 1000 to 100000000 paths, found 5", r.err().strip());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void rejectsUnknownMethod() {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--method",
                "guess",
                "--out",
                dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertEquals(
                "--method: expected auto, analytic or montecarlo, found 'guess'",
                r.err().strip());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void statusReplaysPastYearsAgainstTheGlidePath() {
        Cli r = Cli.run("status", Cli.SCENARIOS + "/baseline.yaml", "--data", Cli.DATA, "--since", "2023");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2023 ")), r.out());
        assertTrue(
                r.out().lines().anyMatch(l -> l.startsWith("2025 ") && l.contains("(-")),
                "2025 is behind the glide path:\n" + r.out());
    }

    @Test
    void statusSignalsAnEarlyWarning() {
        Cli r = Cli.run("status", Cli.SCENARIOS + "/baseline.yaml", "--data", Cli.DATA, "--since", "2025");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().lines().anyMatch(l -> l.startsWith("2025 ") && l.contains("warning")),
                "behind the glide path in 2025:\n" + r.out());
        Cli strict = Cli.run(
                "status",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--alarm-below",
                "0.9",
                "--warn-below",
                "0.95");
        assertTrue(strict.out().lines().anyMatch(l -> l.startsWith("2025 ") && l.contains("alarm")), strict.out());
    }

    @Test
    void statusRejectsThresholdsOutOfOrder() {
        Cli r = Cli.run(
                "status",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--alarm-below",
                "0.6",
                "--warn-below",
                "0.5");
        assertEquals(2, r.code());
        assertEquals(
                "--alarm-below: expected 0 <= alarm <= warn <= 1, found alarm 0.6 and warn 0.5",
                r.err().strip());
    }

    @Test
    void statusRejectsAnAsOfYearOutsideTheData() {
        Cli r = Cli.run("status", Cli.SCENARIOS + "/baseline.yaml", "--data", Cli.DATA, "--as-of", "2040");
        assertEquals(2, r.code());
        assertEquals(
                "--as-of: expected a year of the data, 2010 to 2025, found 2040",
                r.err().strip());
    }

    @Test
    void runWritesASelfContainedReport() throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                out.toString(),
                "--paths",
                "5000");
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("share ≥ 45% in 2029"));
        assertTrue(html.contains("data:image/png;base64,"), "charts are embedded");
        assertTrue(html.contains(Files.readString(out.resolve("manifest.json"))
                .replaceAll("(?s).*\"data\": \\{\"file\": \"[^\"]*\", \"sha256\": \"([0-9a-f]+)\".*", "$1")));
    }

    @Test
    void chartPresetAndFormatsAreChosenOnTheCommandLine() throws IOException {
        Path out = dir.resolve("slides");
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                out.toString(),
                "--paths",
                "2000",
                "--preset",
                "slides",
                "--formats",
                "pdf,svg");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                Files.readString(out.resolve("charts/baseline-fan.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .startsWith("%PDF"));
        assertFalse(Files.exists(out.resolve("charts/baseline-fan.png")));
        assertTrue(
                Files.readString(out.resolve("report.html")).contains("data:image/svg+xml;base64,"),
                "the report embeds the SVG");
    }

    @Test
    void rejectsAnUnknownChartFormatBeforeWritingAnything() {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("o").toString(),
                "--formats",
                "gif");
        assertEquals(2, r.code());
        assertEquals(
                "--formats: expected png, svg, pdf or pptx, found 'gif'",
                r.err().strip());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void runEndsWithTheAnswerInWords() {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("w").toString(),
                "--paths",
                "2000",
                "--no-charts");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        String sentence = String.join(" ", lines.subList(lines.lastIndexOf("") + 1, lines.size()))
                .replaceAll("\\s+", " ");
        assertTrue(
                sentence.matches(
                        "baseline: 45% in 2029 is [a-z ]+ at about \\d+%( \\(models \\d+–\\d+%\\))? \\(specifications \\d+–\\d+%, [a-z0-9 -]+ moves it most;"
                                + " reached in some year by 2029: \\d+%; central path"
                                + " \\d+\\.\\d%, needing digital growth of \\d+\\.\\d% a year against \\d+\\.\\d% assumed\\); 50% in 2035 is .*\\)\\."),
                sentence);
    }

    @Test
    void theChineseReportSpeaksChinese() throws IOException {
        Path out = dir.resolve("zh");
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                out.toString(),
                "--paths",
                "2000",
                "--no-charts",
                "--lang",
                "zh");
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("2029年占比 ≥ 45%"), "target labels in Chinese");
        assertTrue(html.contains("基准情景"), "the scenario's Chinese title");
        assertTrue(html.contains("需加速"), "on-track category in Chinese");
        assertFalse(html.contains("acceleration needed"));
    }

    @Test
    void aDeterministicReportKeepsItsColumnsAligned() throws IOException {
        Path out = dir.resolve("det");
        assertEquals(
                0,
                Cli.run(
                                "run",
                                Cli.SCENARIOS + "/baseline.yaml",
                                "--data",
                                Cli.DATA,
                                "--out",
                                out.toString(),
                                "--deterministic",
                                "--no-charts")
                        .code());
        String html = Files.readString(out.resolve("report.html"));
        String header = html.substring(html.indexOf("<thead><tr>"), html.indexOf("</tr>", html.indexOf("<thead><tr>")));
        String firstRow = html.substring(html.indexOf("<tbody>"), html.indexOf("</tr>", html.indexOf("<tbody>")));
        assertEquals(
                header.split("<th", -1).length - 2, firstRow.split("<td", -1).length - 1, "one cell per header column");
    }

    @Test
    void runIsReproducible() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(
                0,
                Cli.run("run", Cli.SCENARIOS, "--data", Cli.DATA, "--out", a.toString(), "--no-charts")
                        .code());
        assertEquals(
                0,
                Cli.run("run", Cli.SCENARIOS, "--data", Cli.DATA, "--out", b.toString(), "--no-charts")
                        .code());
        for (String f : List.of("summary.csv", "trajectories.csv", "manifest.json")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
    }

    @Test
    void badScenarioWritesNothingAndKeepsThePreviousOutput() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.txt"), "kept");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad, "title: Bad\ncomponents:\n  digital:\n    grwth: {2026: 0.09}\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("run", bad.toString(), "--data", Cli.DATA, "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("kept", Files.readString(out.resolve("previous.txt")));
        assertEquals(1, Files.list(dir).filter(Files::isDirectory).count(), "no staging folder left");
    }

    @Test
    void validateNamesFileLineAndSuggestion() throws IOException {
        Path bad = dir.resolve("typo.yaml");
        Files.writeString(
                bad, "title: Typo\ncomponents:\n  digital:\n    grwth: {2026: 0.09}\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("validate", bad.toString(), "--data", Cli.DATA);
        assertEquals(2, r.code());
        assertEquals(
                bad + ":4:5: components.digital.grwth: unknown key (did you mean 'growth'?)",
                r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void validateAcceptsEveryShippedScenario() {
        Cli r = Cli.run("validate", Cli.SCENARIOS, "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("baseline.yaml: ok"));
    }

    @Test
    void dataShowsThe2020ShareNearMofcomsPublishedValue() {
        Cli r = Cli.run("data", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("(?m)^2020\\s+\\S+\\s+\\S+\\s+\\S+\\s+([0-9.]+)%")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(44.5, Double.parseDouble(m.group(1)), 0.5);
    }

    @Test
    void dataNamesTheSourceOfEveryValue() {
        Cli r = Cli.run("data", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        // 2024: MOFCOM's published level (S14) over UNCTAD's total (S25); 2021: the published knowledge-intensive
        // share (S33) of UNCTAD's total; 2016: UNCTAD's own digital (S24) and total
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(l -> l.startsWith("2024 ") && l.contains(" published ") && l.endsWith("S14 / S25")),
                r.out());
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(
                                l -> l.startsWith("2021 ") && l.contains(" estimated  p ") && l.endsWith("S33 / S25")),
                r.out());
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(
                                l -> l.startsWith("2016 ") && l.contains(" estimated  u ") && l.endsWith("S24 / S25")),
                r.out());
    }

    @Test
    void dataReportsAnUnknownHistory() {
        Cli r = Cli.run("data", "--data", Cli.DATA, "--history", "atlantis");
        assertEquals(2, r.code());
        assertTrue(
                r.err()
                        .startsWith(
                                "--history: history 'atlantis' is unknown; expected one of [china, china@unctad, unctad:Antigua and Barbuda"),
                r.err());
    }

    @Test
    void fitListsEveryFamilyWithParametersAndAicc() {
        Cli r = Cli.run("fit", "china.digital", "--data", Cli.DATA, "--wide");
        assertEquals(0, r.code(), r.err());
        for (TrendFamily f : TrendFamily.values()) {
            assertTrue(
                    r.out()
                            .lines()
                            .anyMatch(l -> l.startsWith(f.key() + " ") && l.contains(" ± ")
                                    || l.startsWith(f.key() + " ") && l.contains("alpha")),
                    f.key() + " row with parameters:\n" + r.out());
        }
        assertTrue(r.out().contains("AICc"));
    }

    @Test
    void fitNamesItsUnitAndShowsEachModelsOwnIntervalWhereItHasOne() {
        Cli r = Cli.run("fit", "china.digital", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("china.digital, 16 points (2010-2025), USD 100 million"), r.out());
        String drift =
                r.out().lines().filter(l -> l.startsWith("drift ")).findFirst().orElseThrow();
        // the drift's own 80 % interval five years on: exp(log level ± z sigma sqrt(h (1 + h/n))), as R's rwf
        var fit = org.targetcast.model.selection.TrendModels.of(TrendFamily.DRIFT)
                .fit(org.targetcast.engine.workspace.Workspace.of(Cli.DATA)
                        .builder()
                        .series("china.digital"));
        var i = fit.interval(5, 0.8);
        assertTrue(
                drift.endsWith(String.format(java.util.Locale.ROOT, "%.0f–%.0f", i.lower()[4], i.upper()[4])), drift);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("combo ") && l.endsWith("n/a")), r.out());
    }

    @Test
    void fitOfAShareShowsTheOneFamilyThatFitsAShareAndSaysWhereTheOthersFit() {
        Cli r = Cli.run("fit", "china.share", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out()
                .lines()
                .filter(l -> java.util.Arrays.stream(TrendFamily.values()).anyMatch(f -> l.startsWith(f.key() + " ")))
                .toList();
        assertEquals(1, rows.size(), r.out());
        assertTrue(rows.get(0).startsWith("logistic "), r.out());
        assertTrue(r.out().contains("fit levels, not a share; fit china.digital or china.other"), r.out());
        assertTrue(r.out().startsWith("china.share, 16 points (2010-2025), percent of total services trade"), r.out());
    }

    @Test
    void fitExplainsAFamilyThatCannotBeFitted() {
        Cli r = Cli.run("fit", "china.other", "--from", "2015", "--exclude", "2020,2021,2022", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out()
                        .contains(
                                "cannot fit: series china.other: the damped model needs at least 10 years of data, found 8"),
                r.out());
    }

    @Test
    void fitShowsEachFamilyWithoutAndWithShocks() {
        Cli r = Cli.run(
                "fit",
                "china.other",
                "--from",
                "2015",
                "--level-shifts",
                "2020",
                "--outliers",
                "2021",
                "--data",
                Cli.DATA,
                "--wide");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("loglinear ") && !l.contains("LS 2020")), r.out());
        assertTrue(
                r.out().lines().anyMatch(l -> l.startsWith("loglinear + AO 2021, LS 2020") && l.contains("LS 2020 -")),
                r.out());
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(l ->
                                l.startsWith("damped + AO 2021, LS 2020") && l.contains("does not take interventions")),
                r.out());
    }

    @Test
    void fitRejectsAMalformedSeriesKey() {
        Cli r = Cli.run("fit", "china", "--data", Cli.DATA);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not <history>.<component>"), r.err());
    }

    @Test
    void solveGivesTheRequiredGrowthPerShareTarget() {
        Cli r = Cli.run("solve", Cli.SCENARIOS + "/baseline.yaml", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().lines().anyMatch(l -> l.startsWith("baseline") && l.contains("share ≥ 45% in 2029")), r.out());
    }

    @Test
    void missingDataFileIsBadInput() {
        Cli r = Cli.run("data", "--data", dir.resolve("none.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("none.csv: no such data file"), r.err());
    }

    /** The data file is read while the scenarios are: the problems of both are still reported together. */
    @Test
    void aBadScenarioAndAMissingDataFileAreReportedTogether() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: bad\nstart_year: twenty\n");
        Cli r = Cli.run(
                "run",
                bad.toString(),
                "--data",
                dir.resolve("none.csv").toString(),
                "--out",
                dir.resolve("o").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("none.csv: no such data file"), r.err());
        assertTrue(r.err().contains("bad.yaml"), r.err());
        assertTrue(
                r.err().indexOf("bad.yaml") < r.err().indexOf("none.csv"), "the scenarios' problems first: " + r.err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written");
    }

    @Test
    void unknownOptionIsBadInput() {
        Cli r = Cli.run("run", "--pahts", "5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option: '--pahts'"), r.err());
    }

    @Test
    void optionsWithoutACommandMeanRun() {
        Cli r = Cli.run(
                "--data",
                Cli.DATA,
                "--deterministic",
                "--no-charts",
                "--out",
                dir.resolve("o").toString(),
                Cli.SCENARIOS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("baseline"));
    }

    @Test
    void helpListsEverySubcommand() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.code());
        for (String c : List.of("run", "data", "fit", "solve", "validate", "backtest")) {
            assertTrue(r.out().contains("  " + c + " "), c);
        }
    }
}

package org.targetcast.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.trend.TrendFamily;

class ScenarioReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private List<String> errors(String name, String text) throws IOException {
        Path p = write(name, text);
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(p, name));
        return e.lines();
    }

    @Test
    void readsEveryKey() throws IOException {
        Scenario s = ScenarioReader.read(
                write(
                        "full.yaml",
                        """
                name: full
                title: Full
                description: All keys
                data: china
                horizon: 2030
                baseline_year: 2016
                components:
                  digital:
                    model: damped
                    fit: {from: 2011, to: 2024, exclude: [2020, 2021]}
                    growth: {2026: 0.05, 2027-2028: "9%"}
                    level_shocks: {2027: +5 %}
                  other:
                    model: drift
                targets:
                  - {year: 2029, share: 0.45}
                  - {year: 2030, share: "50%", reached_by: true}
                  - {from: 2025, to: 2029, digital_growth_at_least: 0}
                """),
                "full.yaml");
        assertEquals("full", s.name());
        assertEquals(2030, s.horizon());
        assertEquals(2016, s.baselineYear());
        assertEquals(TrendFamily.DAMPED, s.digital().model());
        assertEquals(2011, s.digital().fit().from());
        assertEquals(2024, s.digital().fit().to());
        assertEquals(List.of(2020, 2021), List.copyOf(s.digital().fit().excluded()));
        assertEquals(0.05, s.digital().growth().rate(2026).getAsDouble(), 0);
        assertEquals(0.09, s.digital().growth().rate(2028).getAsDouble(), 1e-15);
        assertEquals(0.05, s.digital().levelShocks().get(2027), 1e-15);
        assertEquals(TrendFamily.DRIFT, s.other().model());
        assertEquals(
                List.of(ShareTarget.in(2029, 0.45), new ShareTarget(2030, 0.5, true), new GrowthTarget(2025, 2029, 0)),
                s.targets());
    }

    @Test
    void readsUncertaintySettings() throws IOException {
        Scenario s = ScenarioReader.read(
                write(
                        "u.yaml",
                        """
                title: U
                components:
                  digital: {volatility: 0.04}
                  other: {volatility: 0.08}
                uncertainty: {method: montecarlo, paths: 200_000, seed: 7, correlation: -0.2, persistence: 0.3,
                              parameter_uncertainty: true, tail_df: 5}
                """),
                "u.yaml");
        var u = s.uncertainty();
        assertEquals(org.targetcast.model.scenario.UncertaintySpec.Method.MONTECARLO, u.method());
        assertEquals(200_000, u.paths());
        assertEquals(7, u.seed());
        assertEquals(0.04, u.volatilityDigital());
        assertEquals(0.08, u.volatilityOther());
        assertEquals(-0.2, u.correlation());
        assertEquals(0.3, u.persistence());
        assertTrue(u.parameterUncertainty());
        assertEquals(5.0, u.tailDf());
    }

    @Test
    void rejectsBadUncertaintySettings() throws IOException {
        List<String> e = errors(
                "ubad.yaml",
                """
                title: U
                uncertainty: {method: exact, paths: 10, correlation: 2, tail_df: 1}
                """);
        assertEquals(
                List.of(
                        "ubad.yaml:2:23: uncertainty.method: unknown method 'exact'; expected one of auto, analytic, montecarlo",
                        "ubad.yaml:2:37: uncertainty.paths: expected a whole number from 1000 to 100000000, found 10",
                        "ubad.yaml:2:54: uncertainty.correlation: expected a number from -1 to 1, found '2'",
                        "ubad.yaml:2:66: uncertainty.tail_df: expected a number from 2.01 to 1000000, found '1'"),
                e);
    }

    @Test
    void readsTheCalibrationAndLocatesAnUnknownOne() throws IOException {
        Scenario panel = ScenarioReader.read(
                write("cal.yaml", "title: C\nuncertainty: {shocks: history, calibration: panel}\n"), "cal.yaml");
        assertEquals(
                org.targetcast.model.scenario.ErrorCalibration.Source.PANEL,
                panel.uncertainty().calibration());
        Scenario none =
                ScenarioReader.read(write("cal0.yaml", "title: C\nuncertainty: {calibration: none}\n"), "cal0.yaml");
        assertEquals(
                org.targetcast.model.scenario.ErrorCalibration.Source.NONE,
                none.uncertainty().calibration());
        Scenario absent = ScenarioReader.read(write("cal1.yaml", "title: C\n"), "cal1.yaml");
        assertEquals(
                org.targetcast.model.scenario.ErrorCalibration.Source.NONE,
                absent.uncertainty().calibration());
        assertEquals(
                List.of("calx.yaml:2:28: uncertainty.calibration: unknown calibration 'panle' (did you mean 'panel'?);"
                        + " expected none or panel"),
                errors("calx.yaml", "title: C\nuncertainty: {calibration: panle}\n"));
    }

    @Test
    void rejectsFatTailsWithTheAnalyticMethod() throws IOException {
        assertEquals(
                List.of(
                        "an.yaml:2:42: uncertainty.tail_df: method analytic needs Gaussian shocks; remove tail_df or use method auto"),
                errors("an.yaml", "title: A\nuncertainty: {method: analytic, tail_df: 4}\n"));
    }

    @Test
    void readsShocksAsInterventions() throws IOException {
        Scenario s = ScenarioReader.read(
                write(
                        "sh.yaml",
                        """
                title: Shocks
                components:
                  digital: {fit: {shocks: [2020, 2021]}}
                  other: {fit: {exclude: [2022], shocks: {2020: level_shift, 2023-2024: outlier}}}
                """),
                "sh.yaml");
        assertEquals(
                List.of(
                        org.targetcast.model.trend.Intervention.outlier(2020),
                        org.targetcast.model.trend.Intervention.outlier(2021)),
                s.digital().fit().shocks());
        assertEquals(
                List.of(
                        org.targetcast.model.trend.Intervention.levelShift(2020),
                        org.targetcast.model.trend.Intervention.outlier(2023),
                        org.targetcast.model.trend.Intervention.outlier(2024)),
                s.other().fit().shocks());
    }

    @Test
    void rejectsBadShocks() throws IOException {
        List<String> e = errors(
                "shbad.yaml",
                """
                title: Shocks
                components:
                  digital: {fit: {exclude: [2020], shocks: [2020]}}
                  other: {fit: {shocks: {2021: spike}}}
                """);
        assertEquals(
                List.of(
                        "shbad.yaml:3:45: components.digital.fit.shocks: year 2020 is also excluded; a year is either left out or modelled as a shock",
                        "shbad.yaml:4:32: components.other.fit.shocks.2021: unknown shock 'spike'; expected outlier or level_shift"),
                e);
    }

    /** A character outside the shipped Chinese font would be drawn as an empty box on every Chinese chart. */
    @Test
    void rejectsAChineseTitleWithACharacterTheChineseFontCannotDraw() throws IOException {
        List<String> e = errors("rare.yaml", "title: Base\ntitle_zh: 鑫基准\n");
        assertEquals(1, e.size(), e.toString());
        assertTrue(
                e.get(0).startsWith("rare.yaml:2:11: title_zh: '鑫' (U+946B) is not in targetcast's Chinese font"),
                e.get(0));
    }

    @Test
    void chineseTitlesAreReadAndNotInheritedByARetitledChild() throws IOException {
        write("zhbase.yaml", "title: Base\ntitle_zh: 基准\ndescription: Words\ndescription_zh: 说明\n");
        LoadedScenario same =
                ScenarioReader.load(write("zhsame.yaml", "extends: zhbase.yaml\nhorizon: 2036\n"), "zhsame.yaml");
        assertEquals("基准", same.title(true));
        assertEquals("说明", same.description(true));
        assertEquals("Base", same.title(false));
        LoadedScenario retitled =
                ScenarioReader.load(write("zhnew.yaml", "extends: zhbase.yaml\ntitle: New\n"), "zhnew.yaml");
        assertEquals("New", retitled.title(true), "the parent's Chinese title belongs to the parent's title");
        assertEquals("说明", retitled.description(true));
    }

    @Test
    void readsACharacterOutsideTheBasicPlaneAcrossTheParsersChunkBoundary() throws IOException {
        // found by the property tests: an emoji whose surrogate pair straddled character 1024 crashed the parser
        for (int shift = 0; shift < 4; shift++) {
            String filler = "x".repeat(1024 - "title: T\ndescription: ".length() - 1 + shift);
            Scenario s = ScenarioReader.read(
                    write("emoji" + shift + ".yaml", "title: T\ndescription: " + filler + "\uD83D\uDE00\n"),
                    "emoji.yaml");
            assertTrue(s.description().endsWith("\uD83D\uDE00"));
        }
    }

    @Test
    void refusesATitleOnTwoLinesOrLongerThanTheLimitAndBidirectionalControls() throws IOException {
        InputException twoLines = assertThrows(
                InputException.class, () -> ScenarioReader.read(write("nl.yaml", "title: \"a\\nb\"\n"), "nl.yaml"));
        assertEquals(
                List.of("nl.yaml:1:8: title: line break or tab (U+000A) in a one-line text; write it on one line"),
                twoLines.lines());
        InputException longWord = assertThrows(
                InputException.class,
                () -> ScenarioReader.read(write("long.yaml", "title: " + "L".repeat(4000) + "\n"), "long.yaml"));
        assertEquals(List.of("long.yaml:1:8: title: expected at most 200 characters, found 4000"), longWord.lines());
        InputException bidi = assertThrows(
                InputException.class,
                () -> ScenarioReader.read(write("bidi.yaml", "title: \"abc \\u202Edef\"\n"), "bidi.yaml"));
        assertTrue(
                bidi.lines().get(0).startsWith("bidi.yaml:1:8: bidirectional control character U+202E"),
                bidi.lines().toString());
    }

    @Test
    void appliesDefaults() throws IOException {
        Scenario s = ScenarioReader.read(write("min.yaml", "title: Minimal\n"), "min.yaml");
        assertEquals("min", s.name());
        assertEquals("china", s.data());
        assertEquals(2035, s.horizon());
        assertEquals(3, s.targets().size());
        assertEquals(TrendFamily.LOG_LINEAR, s.other().model());
    }

    @Test
    void rejectsUnknownKeyWithSuggestion() throws IOException {
        List<String> e = errors(
                "typo.yaml",
                """
                title: Typo
                components:
                  digital:
                    grwth: {2026: 0.09}
                """);
        assertEquals(List.of("typo.yaml:4:5: components.digital.grwth: unknown key (did you mean 'growth'?)"), e);
    }

    @Test
    void rejectsUnknownComponentName() throws IOException {
        assertEquals(
                List.of("comp.yaml:3:3: components.digitl: unknown key (did you mean 'digital'?)"),
                errors("comp.yaml", "title: C\ncomponents:\n  digitl: {model: drift}\n"));
    }

    @Test
    void rejectsUnknownKeyWithoutNearMatchByListingValidOnes() throws IOException {
        List<String> e = errors("far.yaml", "title: Far\nzzzzzz: 1\n");
        assertEquals(
                List.of(
                        "far.yaml:2:1: zzzzzz: unknown key; expected one of name, extends, title, description, title_zh, description_zh, data, basis, "
                                + "horizon, baseline_year, components, targets, uncertainty"),
                e);
    }

    @Test
    void reportsSeveralErrorsAtOnceInFileOrder() throws IOException {
        List<String> e = errors(
                "three.yaml",
                """
                title: Three
                horizon: soon
                components:
                  digital:
                    model: dampd
                    growth: {2026: -1.5}
                """);
        assertEquals(
                List.of(
                        "three.yaml:2:10: horizon: expected a year such as 2029, found 'soon'",
                        "three.yaml:5:12: components.digital.model: unknown model 'dampd' (did you mean 'damped'?); expected one of loglinear, linear, drift, damped, pooled, theta, logistic, auto, combo",
                        "three.yaml:6:20: components.digital.growth.2026: expected a rate from -0.9 to 1 (-90% to +100% a year) such as 0.09 or \"9%\", found -1.5 (a fall of 100% or more)"),
                e);
    }

    @Test
    void rejectsShareOutsideTheUnitInterval() throws IOException {
        List<String> e = errors("share.yaml", "title: S\ntargets:\n  - {year: 2029, share: 45}\n");
        assertEquals(
                List.of(
                        "share.yaml:3:25: targets[1].share: expected a fraction inside (0, 1) such as 0.45 or \"45%\", found 45"),
                e);
    }

    @Test
    void rejectsYearsOutOfOrder() throws IOException {
        List<String> e = errors("order.yaml", "title: O\ncomponents:\n  other:\n    growth: {2030-2026: 0.1}\n");
        assertEquals(
                List.of("order.yaml:4:14: components.other.growth.2030-2026: years out of order: 2030 is after 2026"),
                e);
    }

    @Test
    void rejectsGrowthBeyondTheHorizon() throws IOException {
        List<String> e =
                errors("far.yaml", "title: F\nhorizon: 2030\ncomponents:\n  other:\n    growth: {2026-2040: 0.1}\n");
        assertEquals(
                List.of(
                        "far.yaml:5:14: components.other.growth.2026-2040: expected years from 1950 to the horizon 2030, found 2026-2040"),
                e);
    }

    @Test
    void rejectsMissingTitle() throws IOException {
        assertEquals(
                List.of("notitle.yaml:1:1: title: missing; expected a text"),
                errors("notitle.yaml", "horizon: 2035\n"));
    }

    @Test
    void rejectsWrongTypeForMapping() throws IOException {
        assertEquals(
                List.of("type.yaml:2:13: components: expected a mapping of keys, found a list"),
                errors("type.yaml", "title: T\ncomponents: [digital, other]\n"));
    }

    @Test
    void rejectsLogisticForOther() throws IOException {
        assertEquals(
                List.of(
                        "lo.yaml:4:12: components.other.model: 'logistic' fits the share and is allowed for digital only"),
                errors("lo.yaml", "title: L\ncomponents:\n  other:\n    model: logistic\n"));
    }

    @Test
    void rejectsTargetAfterHorizon() throws IOException {
        assertEquals(
                List.of("late.yaml:4:12: targets[1].year: expected a year from 1950 to 2030, found 2035"),
                errors("late.yaml", "title: L\nhorizon: 2030\ntargets:\n  - {year: 2035, share: 0.5}\n"));
    }

    @Test
    void rejectsDuplicateKey() throws IOException {
        assertEquals(
                List.of("dup.yaml:2:1: title: duplicate key (first given at line 1)"),
                errors("dup.yaml", "title: A\ntitle: B\n"));
    }

    @Test
    void reportsSyntaxErrorWithItsPlace() throws IOException {
        List<String> e = errors("bad.yaml", "title: A\ncomponents: {digital: [\n");
        assertEquals(1, e.size());
        assertTrue(e.get(0).startsWith("bad.yaml:3:1: invalid YAML: "), e.get(0));
    }

    @Test
    void rejectsInvalidUtf8() throws IOException {
        Path p = dir.resolve("bin.yaml");
        Files.write(p, new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(p, "bin.yaml"));
        assertEquals(
                List.of("bin.yaml:1:8: not UTF-8 text: byte 255 (0xFF) at offset 7; save the file as UTF-8"),
                e.lines());
    }

    @Test
    void extendsMergesMappingsAndReplacesOtherValues() throws IOException {
        write(
                "base.yaml",
                """
                name: base
                title: Base
                components:
                  digital: {model: damped, fit: {from: 2012, exclude: [2020]}}
                  other: {model: drift}
                """);
        Scenario s = ScenarioReader.read(
                write(
                        "child.yaml",
                        """
                extends: base.yaml
                title: Child
                components:
                  digital:
                    fit: {exclude: [2021, 2022]}
                """),
                "child.yaml");
        assertEquals("child", s.name(), "the name is not inherited");
        assertEquals("Child", s.title());
        assertEquals(TrendFamily.DAMPED, s.digital().model());
        assertEquals(2012, s.digital().fit().from());
        assertEquals(List.of(2021, 2022), List.copyOf(s.digital().fit().excluded()), "lists replace, not append");
        assertEquals(TrendFamily.DRIFT, s.other().model());
    }

    @Test
    void extendsChainsThroughSeveralFiles() throws IOException {
        write("a.yaml", "title: A\nhorizon: 2036\n");
        write("b.yaml", "extends: a.yaml\nbaseline_year: 2012\n");
        Scenario s = ScenarioReader.read(write("c.yaml", "extends: b.yaml\ntitle: C\n"), "c.yaml");
        assertEquals(2036, s.horizon());
        assertEquals(2012, s.baselineYear());
        assertEquals("C", s.title());
    }

    @Test
    void rejectsExtendsCycle() throws IOException {
        write("x.yaml", "extends: y.yaml\ntitle: X\n");
        write("y.yaml", "extends: x.yaml\ntitle: Y\n");
        InputException e =
                assertThrows(InputException.class, () -> ScenarioReader.read(dir.resolve("x.yaml"), "x.yaml"));
        assertEquals(
                List.of("y.yaml:1:10: extends: cycle: x.yaml -> y.yaml -> x.yaml (inherited by x.yaml)"), e.lines());
    }

    @Test
    void rejectsMissingExtendsTarget() throws IOException {
        assertEquals(
                List.of("orphan.yaml:1:10: extends: no scenario file nowhere.yaml"),
                errors("orphan.yaml", "extends: nowhere.yaml\ntitle: O\n"));
    }

    @Test
    void rejectsExtendsNamingAnImpossiblePathInsteadOfCrashing() throws IOException {
        assertEquals(
                List.of("nul.yaml:1:10: control character U+0000 in a text; only tab and line breaks may appear"),
                errors("nul.yaml", "extends: \"\\u0000\"\ntitle: N\n"));
    }

    @Test
    void keepsEachProblemOnOneLineWhenAKeyHoldsALineBreak() throws IOException {
        assertEquals(
                List.of(
                        "nl.yaml:2:1: a\\nb: unknown key; expected one of name, extends, title, description, title_zh, description_zh, data, basis, "
                                + "horizon, baseline_year, components, targets, uncertainty"),
                errors("nl.yaml", "title: N\n\"a\\nb\": 1\n"));
    }

    @Test
    void loadRecordsAHashOfEveryFileRead() throws IOException {
        write("p.yaml", "title: P\n");
        Path c = write("q.yaml", "extends: p.yaml\n");
        String before = ScenarioReader.load(c, "q.yaml").sha256();
        write("p.yaml", "title: P2\n");
        assertTrue(!before.equals(ScenarioReader.load(c, "q.yaml").sha256()), "editing the parent changes the hash");
    }

    @Test
    void rejectsANameThatWouldEscapeTheOutputFolder() throws IOException {
        assertEquals(
                List.of(
                        "evil.yaml:1:7: name: expected a name of letters, digits, '.', '_' and '-', not starting with '.' or '-', "
                                + "at most 64 characters (it names output files), found '../../evil'"),
                errors("evil.yaml", "name: ../../evil\ntitle: E\n"));
    }

    @Test
    void makesADefaultNameFromAnyFileName() throws IOException {
        assertEquals(
                "my-scenario-",
                ScenarioReader.read(write("my scenario!.yaml", "title: M\n"), "my scenario!.yaml")
                        .name());
    }

    @Test
    void rejectsALoneSurrogateAndControlCharactersWrittenAsEscapes() throws IOException {
        assertEquals(
                List.of("s.yaml:1:8: unpaired surrogate U+D800 in a text; write the character itself"),
                errors("s.yaml", "title: \"\\uD800\"\n"));
        assertEquals(
                List.of("e.yaml:1:8: control character U+001B in a text; only tab and line breaks may appear"),
                errors("e.yaml", "title: \"a\\x1b[31m\"\n"));
    }

    @Test
    void locatesControlBytesNestingAliasesAndTheYamlVersion() throws IOException {
        assertEquals(
                List.of("c.yaml:2:8: control character U+0001; only tab and line breaks may appear in the text"),
                errors("c.yaml", "title: C\nhorizon\u0001: 2035\n"));
        assertEquals(
                List.of("d.yaml:2:36: nesting deeper than 32 levels"),
                errors("d.yaml", "title: D\nx: " + "[".repeat(1200) + "]".repeat(1200) + "\n"));
        assertEquals(
                List.of("v.yaml:1:1: YAML version 9.9 is not read; remove the %YAML line or write %YAML 1.2"),
                errors("v.yaml", "%YAML 9.9\n---\ntitle: V\n"));
        String bomb =
                "a: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        assertEquals(
                List.of("bomb.yaml:3:" + (5 + 4 * 10) + ": more than 20 aliases (*name) to lists or mappings"),
                errors("bomb.yaml", bomb));
    }

    @Test
    void aliasesToPlainValuesAreNotCountedAgainstTheAliasLimit() throws IOException {
        // 25 aliases to a number, then an unknown key: the error named is the key's, not the alias limit
        String many = "title: &t A\nhorizon: 2035\nnotes: [" + "*t, ".repeat(24) + "*t]\ngrwth: 1\n";
        List<String> problems = errors("many.yaml", many);
        assertTrue(problems.stream().noneMatch(p -> p.contains("aliases")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("grwth")), problems.toString());
    }

    @Test
    void rejectsGrowthOutsideTheDocumentedRange() throws IOException {
        assertEquals(
                List.of(
                        "g.yaml:3:33: components.digital.growth.2026-2035: expected a rate from -0.9 to 1 (-90% to +100% a year) "
                                + "such as 0.09 or \"9%\", found 1e300"),
                errors("g.yaml", "title: G\ncomponents:\n  digital: {growth: {2026-2035: 1e300}}\n"));
    }

    @Test
    void extendsOnlyScenarioFilesAndNeverEchoesAnotherFile() throws IOException {
        write("secret.yaml", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        assertEquals(
                List.of(
                        "secret.yaml:1:1: expected a mapping of keys (title:, components:, ...), found a text (inherited by child.yaml)"),
                errors("child.yaml", "extends: secret.yaml\ntitle: C\n"));
        assertEquals(
                List.of("txt.yaml:1:10: extends: expected a scenario file (*.yaml or *.yml), found 'notes.txt'"),
                errors("txt.yaml", "extends: notes.txt\ntitle: T\n"));
    }

    @Test
    void basisTakesTheChinaHistoryOnMofcomsOrUnctadsFigures() throws IOException {
        assertEquals(
                "china",
                ScenarioReader.read(write("m.yaml", "title: M\n"), "m.yaml").data());
        assertEquals(
                "china",
                ScenarioReader.read(write("m2.yaml", "title: M\nbasis: mofcom\n"), "m2.yaml")
                        .data());
        assertEquals(
                "china@unctad",
                ScenarioReader.read(write("u.yaml", "title: U\nbasis: UNCTAD\n"), "u.yaml")
                        .data());
        assertEquals(
                "china@unctad",
                ScenarioReader.read(write("u2.yaml", "title: U\ndata: china@unctad\nbasis: unctad\n"), "u2.yaml")
                        .data());
    }

    @Test
    void basisIsCheckedAndAppliesToChinaOnly() throws IOException {
        assertEquals(
                List.of("bad.yaml:2:8: basis: expected one of mofcom, unctad, found 'wto'"),
                errors("bad.yaml", "title: B\nbasis: wto\n"));
        assertEquals(
                List.of("india.yaml:3:8: basis: a basis applies to data: china only; data is 'unctad:India'"),
                errors("india.yaml", "title: I\ndata: unctad:India\nbasis: unctad\n"));
        assertEquals(
                List.of("both.yaml:3:8: basis: basis mofcom contradicts data: china@unctad"),
                errors("both.yaml", "title: B\ndata: china@unctad\nbasis: mofcom\n"));
    }
}

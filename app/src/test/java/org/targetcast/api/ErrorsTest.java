package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.cli.Cli;

/** Bad input through the facade raises typed exceptions with the command line's located messages. */
class ErrorsTest {
    private static final String BAD =
            """
            title: Typo and a bad rate
            components:
              digital:
                grwth: {2026: 0.09}
              other:
                growth: {2026: -1.5}
            """;

    @TempDir
    Path dir;

    @Test
    void badScenarioFileGivesTheCommandLinesLines() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, BAD);
        Cli cli = Cli.run("validate", file.toString(), "--data", Cli.DATA);
        assertEquals(2, cli.code(), cli.out());
        BadInputException e = assertThrows(BadInputException.class, () -> Scenarios.read(file));
        assertEquals(cli.err().lines().toList(), e.lines());
        assertEquals(2, e.problems().size(), "every problem at once");
        Problem typo = e.problems().get(0);
        assertEquals(file.toString(), typo.file());
        assertEquals(4, typo.line());
        assertEquals("components.digital.grwth", typo.key());
        assertTrue(typo.message().contains("did you mean 'growth'"), typo.message());
    }

    @Test
    void scenarioTextIsLocatedByLineOfTheText() {
        BadInputException e = assertThrows(BadInputException.class, () -> Scenarios.parse(BAD));
        assertEquals("scenario", e.problems().get(0).file());
        assertEquals(4, e.problems().get(0).line());
        assertEquals(6, e.problems().get(1).line());
        assertTrue(e.getMessage().startsWith("scenario:4:"), e.getMessage());
    }

    @Test
    void problemFoundAgainstTheDataNamesTheScenarioKey() throws IOException {
        String text = "title: Too early\ntargets:\n  - {year: 2024, share: 0.45}\n";
        Path file = dir.resolve("early.yaml");
        Files.writeString(file, text);
        Cli cli = Cli.run(
                "run",
                file.toString(),
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("o").toString(),
                "--no-charts");
        assertEquals(2, cli.code());
        BadInputException e = assertThrows(BadInputException.class, () -> Targetcast.data(Path.of(Cli.DATA))
                .run(Scenarios.read(file)));
        assertEquals(cli.err().lines().toList(), e.lines());
        assertEquals("targets[1].year", e.problems().get(0).key());
    }

    @Test
    void badDataFileIsLocatedByRowAndColumn() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(Cli.DATA));
        String header = lines.get(0);
        int value = List.of(header.split(",")).indexOf("value");
        String[] cells = lines.get(1).split(",", -1);
        cells[value] = "n/a";
        Path data = dir.resolve("observations.csv");
        Files.writeString(data, header + "\n" + String.join(",", cells) + "\n");
        Cli cli = Cli.run("data", "--data", data.toString());
        assertEquals(2, cli.code());
        BadInputException e = assertThrows(BadInputException.class, () -> Targetcast.data(data));
        assertEquals(cli.err().lines().toList(), e.lines());
        assertEquals(2, e.problems().get(0).line());
        assertEquals("value", e.problems().get(0).key());
    }

    @Test
    void messagesQuotedInTheDocsAreTheReadersOwn() {
        BadInputException typo = assertThrows(
                BadInputException.class,
                () -> Scenarios.parse("title: Typo\ncomponents:\n  digital: {grwth: {2026: 0.09}}\n"));
        assertEquals(
                "scenario:3:13: components.digital.grwth: unknown key (did you mean 'growth'?)",
                typo.lines().get(0));
        BadInputException share = assertThrows(
                BadInputException.class,
                () -> Scenarios.builder("bad").shareTarget(2029, 1.2).build());
        assertEquals(
                "bad:4:25: targets[1].share: expected a fraction inside (0, 1) such as 0.45 or \"45%\", found 1.2",
                share.lines().get(0));
    }

    @Test
    void argumentsOutOfRangeAreBadInput() {
        Targetcast tc = Targetcast.shippedData();
        assertEquals(
                "paths: expected 1000 to 100000000 paths, found 10",
                assertThrows(BadInputException.class, () -> tc.withPaths(10)).getMessage());
        assertThrows(BadInputException.class, () -> Axis.of("digital_grwth", 0, 1));
        ScenarioSource base = Scenarios.read(Path.of(Cli.SCENARIOS, "baseline.yaml"));
        BadInputException t = assertThrows(BadInputException.class, () -> tc.sensitivity(base, 3));
        assertTrue(t.getMessage().contains("expected 0 to 2"), t.getMessage());
        assertThrows(BadInputException.class, () -> tc.history("unctad:Atlantis"));
        assertThrows(BadInputException.class, () -> tc.backtest("china.nothing"));
    }
}

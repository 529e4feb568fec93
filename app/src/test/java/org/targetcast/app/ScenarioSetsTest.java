package org.targetcast.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.cli.TargetcastCommand;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.workspace.Workspace;

/** Scenario sets: a file listing scenarios, accepted wherever a scenario file or folder is. */
class ScenarioSetsTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private List<String> errors(String file) {
        InputException e = assertThrows(
                InputException.class,
                () -> Workspace.scenarios(List.of(dir.resolve(file).toString())));
        return e.lines().stream().map(l -> l.replace(dir + "/", "")).toList();
    }

    @Test
    void readsTheListedScenariosRelativeToTheSetInOrder() throws IOException {
        write("s/b.yaml", "title: B\n");
        write("s/a.yaml", "title: A\n");
        write("sets/two.yaml", "title: Two\nscenarios:\n  - ../s/b.yaml\n  - ../s/a.yaml\n");
        List<LoadedScenario> l =
                Workspace.scenarios(List.of(dir.resolve("sets/two.yaml").toString()));
        assertEquals(List.of("b", "a"), l.stream().map(s -> s.scenario().name()).toList());
        assertEquals(dir.resolve("s/b.yaml").toString(), l.get(0).file());
    }

    @Test
    void expandsFoldersAndNestedSetsAndReadsEachFileOnce() throws IOException {
        write("s/a.yaml", "title: A\n");
        write("s/b.yaml", "title: B\n");
        write("inner.yaml", "scenarios: [s/b.yaml]\n");
        write("outer.yaml", "scenarios: [s, inner.yaml, s/a.yaml]\n");
        List<LoadedScenario> l =
                Workspace.scenarios(List.of(dir.resolve("outer.yaml").toString()));
        assertEquals(List.of("a", "b"), l.stream().map(s -> s.scenario().name()).toList());
    }

    @Test
    void rejectsAMissingListedFileAtItsLine() throws IOException {
        write("a.yaml", "title: A\n");
        write("set.yaml", "scenarios:\n  - a.yaml\n  - nowhere.yaml\n");
        assertEquals(
                List.of("set.yaml:3:5: scenarios[2]: no scenario file, folder or set nowhere.yaml"),
                errors("set.yaml"));
    }

    @Test
    void rejectsASetListingItself() throws IOException {
        write("self.yaml", "title: Self\nscenarios: [self.yaml]\n");
        assertEquals(List.of("self.yaml:2:13: scenarios[1]: the set lists itself"), errors("self.yaml"));
    }

    @Test
    void rejectsACycleOfSets() throws IOException {
        write("x.yaml", "scenarios: [y.yaml]\n");
        write("y.yaml", "scenarios: [x.yaml]\n");
        assertEquals(List.of("y.yaml:1:13: scenarios[1]: cycle of sets: x.yaml -> y.yaml -> x.yaml"), errors("x.yaml"));
    }

    @Test
    void rejectsUnknownKeysAndAScenariosValueThatIsNotAList() throws IOException {
        write("bad.yaml", "titel: T\nscenarios: a.yaml\n");
        assertEquals(
                List.of(
                        "bad.yaml:1:1: titel: unknown key (did you mean 'title'?)",
                        "bad.yaml:2:12: scenarios: expected a list of scenario files such as [baseline.yaml, digital-push.yaml], found 'a.yaml'"),
                errors("bad.yaml"));
    }

    @Test
    void reportsProblemsOfTheSetAndOfItsScenariosTogether() throws IOException {
        write("a.yaml", "title: A\nhorizon: soon\n");
        write("set.yaml", "scenarios: [a.yaml, b.yaml]\n");
        assertEquals(
                List.of(
                        "set.yaml:1:21: scenarios[2]: no scenario file, folder or set b.yaml",
                        "a.yaml:2:10: horizon: expected a year such as 2029, found 'soon' (listed at set.yaml:1:13)"),
                errors("set.yaml"));
    }

    @Test
    void validateAndSolveAcceptASet() throws IOException {
        write(
                "set.yaml",
                "title: Shipped two\nscenarios: ["
                        + Path.of("../scenarios/baseline.yaml").toAbsolutePath().normalize() + ", "
                        + Path.of("../scenarios/digital-push.yaml")
                                .toAbsolutePath()
                                .normalize() + "]\n");
        for (String command : List.of("validate", "solve")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = TargetcastCommand.execute(
                    new String[] {
                        command,
                        "--data",
                        "../scenarios/data/observations.csv",
                        dir.resolve("set.yaml").toString()
                    },
                    new PrintWriter(out),
                    new PrintWriter(err));
            assertEquals(0, code, err.toString());
            assertTrue(out.toString().contains("digital-push"), out.toString());
        }
    }

    @Test
    void aSetListsOnlyScenarioFilesFoldersAndSets() throws IOException {
        write("set.yaml", "scenarios: [/dev/zero, notes.txt]\n");
        write("notes.txt", "private notes\n");
        assertEquals(
                List.of(
                        "set.yaml:1:13: scenarios[1]: expected a scenario file (*.yaml or *.yml), folder or set, found '/dev/zero'",
                        "set.yaml:1:24: scenarios[2]: expected a scenario file (*.yaml or *.yml), folder or set, found 'notes.txt'"),
                errors("set.yaml"));
    }
}

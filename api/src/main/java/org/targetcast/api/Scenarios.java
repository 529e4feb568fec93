package org.targetcast.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.engine.workspace.Workspace;

/**
 * Where scenarios come from: files (and folders and scenario sets, as on the command line), YAML text, or a
 * {@link ScenarioBuilder}. Every way goes through the command line's reader, so a scenario is checked by the
 * same rules and a problem is reported with the same located message.
 *
 * <pre>{@code
 * ScenarioSource base = Scenarios.read(Path.of("scenarios/baseline.yaml"));
 * List<ScenarioSource> all = Scenarios.readAll(Path.of("scenarios"));
 * ScenarioSource quick = Scenarios.parse("""
 *     name: quick
 *     title: Digital grows 9 % a year
 *     components: {digital: {growth: {2026-2035: 0.09}}}
 *     """);
 * ScenarioSource built = Scenarios.builder("push").title("Digital push").digitalGrowth(2026, 2035, 0.10).build();
 * }</pre>
 */
public final class Scenarios {
    private Scenarios() {}

    /**
     * @param file a scenario file
     * @return the scenario, validated
     * @throws BadInputException naming the file, line, column and key of every problem
     */
    public static ScenarioSource read(Path file) {
        Objects.requireNonNull(file, "file");
        List<ScenarioSource> all = readAll(file);
        if (all.size() != 1) {
            throw Failures.badInput(shown(file), "expected one scenario file, found " + all.size() + " scenarios");
        }
        return all.get(0);
    }

    /**
     * Reads scenario files, the {@code *.yaml} files of folders, and scenario sets, each file once, in the order
     * the command line runs them.
     *
     * @param paths files, folders or sets
     * @return the scenarios in order
     * @throws BadInputException with the problems of every file at once
     */
    public static List<ScenarioSource> readAll(Path... paths) {
        List<String> shown =
                java.util.Arrays.stream(paths).map(Scenarios::shown).toList();
        return Failures.translate(() -> Workspace.scenarios(shown)).stream()
                .map(s -> new ScenarioSource(s, null))
                .toList();
    }

    /**
     * Reads a scenario given as YAML text, reported as {@code scenario} in messages. Its name defaults to
     * {@code scenario}; {@code extends} resolves against the working directory.
     *
     * @param yaml the scenario, as in a scenario file (docs/scenarios.md)
     * @return the scenario, validated
     * @throws BadInputException with every problem, located by line and column of the text
     */
    public static ScenarioSource parse(String yaml) {
        return parse(yaml, Path.of("scenario.yaml"));
    }

    /**
     * Reads a scenario given as YAML text as though it were the file {@code asFile}, which need not exist: the
     * name defaults to the file's, {@code extends} resolves beside it, and messages name it.
     *
     * @param yaml the scenario text
     * @param asFile where it stands
     * @return the scenario, validated
     * @throws BadInputException with every problem, located by line and column of the text
     */
    public static ScenarioSource parse(String yaml, Path asFile) {
        Objects.requireNonNull(yaml, "yaml");
        String shown = shown(asFile).replaceFirst("\\.ya?ml$", "");
        LoadedScenario s = Failures.translate(() -> ScenarioReader.load(yaml, asFile, shown));
        return new ScenarioSource(s, yaml);
    }

    /**
     * @param name the scenario's name
     * @return a builder of a scenario in code, starting from the defaults of a scenario file
     */
    public static ScenarioBuilder builder(String name) {
        return ScenarioBuilder.named(name);
    }

    private static String shown(Path p) {
        return p.toString().replace('\\', '/');
    }
}

package org.targetcast.api;

import java.util.Objects;
import java.util.Optional;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.model.scenario.Scenario;

/**
 * A scenario read and validated, with where it came from: a file, a text or a {@link ScenarioBuilder}.
 * Immutable; pass it to {@link Targetcast#run}, {@link Targetcast#compare} and the other analyses.
 *
 * <pre>{@code
 * ScenarioSource base = Scenarios.read(Path.of("scenarios/baseline.yaml"));
 * System.out.println(base.name() + ": " + base.title() + " (" + base.origin() + ", sha256 " + base.sha256() + ")");
 * Scenario model = base.scenario();   // the engine's record: components, targets, uncertainty
 * }</pre>
 */
public final class ScenarioSource {
    private final LoadedScenario loaded;
    private final String yaml;

    ScenarioSource(LoadedScenario loaded, String yaml) {
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.yaml = yaml;
    }

    LoadedScenario loaded() {
        return loaded;
    }

    /** @return the scenario's name, unique among the scenarios of a run */
    public String name() {
        return loaded.scenario().name();
    }

    /** @return its one-line title */
    public String title() {
        return loaded.scenario().title();
    }

    /** @return the engine's scenario record (assumptions, horizon, targets, uncertainty) */
    public Scenario scenario() {
        return loaded.scenario();
    }

    /** @return the file as named, or the name a text or built scenario is reported under */
    public String origin() {
        return loaded.file();
    }

    /** @return SHA-256 over the scenario's bytes and those of every file it extends */
    public String sha256() {
        return loaded.sha256();
    }

    /**
     * @return the YAML text of a scenario given as text or built in code (save it as a file to run it with the
     *     command line); empty for a scenario read from a file
     */
    public Optional<String> yaml() {
        return Optional.ofNullable(yaml);
    }

    @Override
    public String toString() {
        return name() + " (" + origin() + ")";
    }
}

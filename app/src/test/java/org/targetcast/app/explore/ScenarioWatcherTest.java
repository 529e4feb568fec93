package org.targetcast.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.model.analysis.Assumption;

class ScenarioWatcherTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void copyScenarios() throws IOException {
        Files.copy(Fixtures.SCENARIOS.resolve("baseline.yaml"), dir.resolve("baseline.yaml"));
        file = dir.resolve("mine.yaml");
        write("extends: baseline.yaml\ntitle: Mine\ncomponents:\n  digital:\n    growth: {2026-2035: 0.07}\n");
    }

    private void write(String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void reloadsAChangedFileAndKeepsTheLastGoodStateWhenItBreaks() throws IOException {
        LoadedScenario first = ScenarioReader.load(file, "mine.yaml");
        ScenarioWatcher w = ScenarioWatcher.of(file, first);
        ExplorerState state = ExplorerState.of(first).with(Assumption.CORRELATION, 0.3);
        assertTrue(w.poll().isEmpty(), "unchanged");

        write("extends: baseline.yaml\ntitle: Mine\ncomponents:\n  digital:\n    growth: {2026-2035: 0.11}\n");
        var reloaded = assertInstanceOf(ScenarioWatcher.Reloaded.class, w.poll().orElseThrow());
        state = state.withSource(reloaded.scenario());
        assertEquals(0.11, state.scenario(2026).digital().growth().rate(2030).orElseThrow());
        assertEquals(0.3, state.scenario(2026).uncertainty().correlation());
        assertTrue(w.poll().isEmpty(), "reported once");

        write("extends: baseline.yaml\ntitle: Mine\ncomponents:\n  digital:\n    grwth: {2026-2035: 0.11}\n");
        var failed = assertInstanceOf(ScenarioWatcher.Failed.class, w.poll().orElseThrow());
        assertTrue(
                failed.problems().get(0).startsWith("mine.yaml:5:5: components.digital.grwth: unknown key"),
                failed.problems().toString());
        assertTrue(
                failed.problems().get(0).contains("did you mean 'growth'"),
                failed.problems().toString());
        assertTrue(w.poll().isEmpty(), "the same error is reported once");
        assertEquals(0.11, state.scenario(2026).digital().growth().rate(2030).orElseThrow(), "last good state kept");

        write("extends: baseline.yaml\ntitle: Mine\ncomponents:\n  digital:\n    growth: {2026-2035: 0.11}\n");
        var back = assertInstanceOf(
                ScenarioWatcher.Reloaded.class,
                w.poll().orElseThrow(),
                "fixed: reported even if the content is the last good one");
        assertEquals(reloaded.scenario().scenario(), back.scenario().scenario());
        assertEquals(reloaded.scenario().sha256(), back.scenario().sha256());
    }

    @Test
    void seesChangesToAFileItExtends() throws IOException {
        ScenarioWatcher w = ScenarioWatcher.of(file, ScenarioReader.load(file, "mine.yaml"));
        Path base = dir.resolve("baseline.yaml");
        Files.writeString(base, Files.readString(base).replace("baseline_year: 2015", "baseline_year: 2016"));
        var r = assertInstanceOf(ScenarioWatcher.Reloaded.class, w.poll().orElseThrow());
        assertEquals(2016, r.scenario().scenario().baselineYear());
    }

    @Test
    void pollsOnItsOwnThreadOnceStarted() throws Exception {
        LinkedBlockingQueue<ScenarioWatcher.Event> events = new LinkedBlockingQueue<>();
        try (ScenarioWatcher w = ScenarioWatcher.of(file, ScenarioReader.load(file, "mine.yaml"))) {
            w.start(Duration.ofMillis(50), events::add);
            write("extends: baseline.yaml\ntitle: Changed\n");
            var r = assertInstanceOf(ScenarioWatcher.Reloaded.class, events.poll(20, TimeUnit.SECONDS));
            assertEquals("Changed", r.scenario().scenario().title());
        }
    }
}

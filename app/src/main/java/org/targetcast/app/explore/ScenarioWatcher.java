package org.targetcast.app.explore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.io.ScenarioReader;

/**
 * Notices when a scenario file, or a file it extends, changes on disk. It polls (once a second in the
 * explorer) by reading the scenario again and comparing the SHA-256 of its files with the last good
 * version: polling sees every way an editor saves a file (in place, or by writing a new file and renaming
 * it) and the files reached through {@code extends}, which a directory watch would not. A file that no
 * longer reads gives one {@link Failed} event per distinct error, and the last good scenario stays in
 * use; once it reads again, a {@link Reloaded} event follows even if its content is back to the last good
 * one.
 */
public final class ScenarioWatcher implements AutoCloseable {
    /** What a poll found. */
    public sealed interface Event permits Reloaded, Failed {}

    /**
     * The file changed and reads well.
     *
     * @param scenario the scenario as now on disk
     */
    public record Reloaded(LoadedScenario scenario) implements Event {}

    /**
     * The file changed and no longer reads.
     *
     * @param problems each problem located, {@code file:line:column: key: message}
     */
    public record Failed(List<String> problems) implements Event {
        /** Copies the list. */
        public Failed {
            problems = List.copyOf(problems);
        }
    }

    private final Path file;
    private final String shown;
    private String lastGoodHash;
    private List<String> lastProblems;
    private ScheduledExecutorService timer;

    private ScenarioWatcher(Path file, String shown, String lastGoodHash) {
        this.file = file;
        this.shown = shown;
        this.lastGoodHash = lastGoodHash;
    }

    /**
     * @param file the scenario file
     * @param current the scenario as last read from it
     * @return a watcher comparing against that version
     */
    public static ScenarioWatcher of(Path file, LoadedScenario current) {
        return new ScenarioWatcher(file, current.file(), current.sha256());
    }

    /**
     * Reads the file once and says whether anything changed since the last poll.
     *
     * @return the event, or empty if nothing changed
     */
    public synchronized Optional<Event> poll() {
        try {
            LoadedScenario s = ScenarioReader.load(file, shown);
            if (s.sha256().equals(lastGoodHash) && lastProblems == null) {
                return Optional.empty();
            }
            lastGoodHash = s.sha256();
            lastProblems = null;
            return Optional.of(new Reloaded(s));
        } catch (InputException e) {
            return failed(e.lines());
        } catch (RuntimeException e) {
            return failed(List.of(shown + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    private Optional<Event> failed(List<String> problems) {
        if (problems.equals(lastProblems)) {
            return Optional.empty();
        }
        lastProblems = List.copyOf(problems);
        return Optional.of(new Failed(problems));
    }

    /**
     * Polls on a daemon thread until closed.
     *
     * @param period time between polls
     * @param listener receives each event, on the polling thread
     * @return this watcher
     */
    public synchronized ScenarioWatcher start(Duration period, Consumer<Event> listener) {
        Objects.requireNonNull(listener, "listener");
        if (timer != null) {
            throw new IllegalStateException("the watcher of " + shown + " is already running");
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "targetcast-scenario-watcher");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, period.toMillis());
        timer.scheduleWithFixedDelay(() -> poll().ifPresent(listener), ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Stops polling. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}

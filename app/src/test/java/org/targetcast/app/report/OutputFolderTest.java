package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;

    private List<String> entries() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitReplacesThePreviousFolderWhole() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.csv"), "old");
        try (OutputFolder f = OutputFolder.create(out)) {
            Files.writeString(f.resolve("charts/new.csv"), "new");
            assertTrue(Files.exists(out.resolve("old.csv")), "the old folder stays until the commit");
            f.commit();
        }
        assertFalse(Files.exists(out.resolve("old.csv")));
        assertEquals("new", Files.readString(out.resolve("charts/new.csv")));
        assertEquals(List.of("out"), entries(), "no staging or old folder left");
    }

    @Test
    void failedRunLeavesThePreviousFolderAsItWas() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.csv"), "old");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder f = OutputFolder.create(out)) {
                Files.writeString(f.resolve("half.csv"), "half");
                throw new IllegalStateException("the run fails here");
            }
        });
        assertEquals("old", Files.readString(out.resolve("old.csv")));
        assertEquals(List.of("out"), entries());
    }

    @Test
    void createsTheFolderOnTheFirstRun() throws IOException {
        Path out = dir.resolve("first");
        try (OutputFolder f = OutputFolder.create(out)) {
            Files.writeString(f.resolve("a.csv"), "a");
            f.commit();
        }
        assertEquals("a", Files.readString(out.resolve("a.csv")));
    }

    @Test
    void refusesPathsThatEscapeTheFolder() throws IOException {
        try (OutputFolder f = OutputFolder.create(dir.resolve("out"))) {
            assertThrows(IllegalArgumentException.class, () -> f.resolve("../outside.csv"));
        }
    }

    private Path leftover(String name, long ageSeconds) throws IOException {
        Path p = Files.createDirectories(dir.resolve(name));
        Files.writeString(p.resolve("half.csv"), "half");
        Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(ageSeconds)));
        return p;
    }

    @Test
    void removesStagingFoldersLeftByKilledRuns() throws IOException {
        long dead = Long.MAX_VALUE / 2;
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(ProcessHandle.current().pid());
        leftover(".out-staging-" + dead + "-1", 3600);
        leftover(".out-old-" + dead + "-2", 3600);
        leftover(".out-staging-" + alive + "-3", 3600);
        leftover(".out-staging-" + dead + "-4", -3600);
        leftover(".other-staging-" + dead + "-5", 3600);
        Files.createDirectories(dir.resolve("out"));
        try (OutputFolder f = OutputFolder.create(dir.resolve("out"))) {
            f.commit();
        }
        assertEquals(List.of(".other-staging-" + dead + "-5", ".out-staging-" + alive + "-3", ".out-staging-" + dead + "-4", "out")
                .stream().sorted().toList(), entries(), "only stale leftovers of this folder, made by processes that are gone, are removed");
    }

    @Test
    void putsBackThePreviousFolderWhenAKilledRunHadMovedItAside() throws IOException {
        Path old = leftover(".out-old-" + (Long.MAX_VALUE / 2) + "-1", 3600);
        try (OutputFolder f = OutputFolder.create(dir.resolve("out"))) {
            assertEquals("half", Files.readString(dir.resolve("out/half.csv")), "restored before the new run writes");
            assertFalse(Files.exists(old));
        }
        assertEquals(List.of("out"), entries());
    }
}

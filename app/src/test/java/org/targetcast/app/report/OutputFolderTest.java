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
}

package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.io.InputException;

class OutputFolderTest {
    @TempDir
    Path dir;

    private List<String> entries() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** @return the entries beside the output folder other than its current generation */
    private List<String> entriesBesideCurrent(Path out) throws IOException {
        Path current = out.toRealPath();
        try (var s = Files.list(dir)) {
            return s.filter(p -> !p.equals(current) || p.equals(out))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    private static OutputFolder replacing(Path out) throws IOException {
        return OutputFolder.replacing(out, "test", "--out", List.of());
    }

    private static void write(Path out, String file, String text) throws IOException {
        try (OutputFolder f = replacing(out)) {
            Files.writeString(f.resolve(file), text);
            f.commit();
        }
    }

    @Test
    void commitReplacesThePreviousFolderWhole() throws IOException {
        Path out = dir.resolve("out");
        write(out, "old.csv", "old");
        try (OutputFolder f = replacing(out)) {
            Files.writeString(f.resolve("charts/new.csv"), "new");
            assertTrue(Files.exists(out.resolve("old.csv")), "the old folder stays until the commit");
            f.commit();
        }
        assertFalse(Files.exists(out.resolve("old.csv")));
        assertEquals("new", Files.readString(out.resolve("charts/new.csv")));
        assertTrue(Files.isRegularFile(out.resolve(OutputGuard.MARKER)), "the folder is marked as targetcast output");
        assertEquals(List.of("out"), entriesBesideCurrent(out), "no staging or old folder left");
    }

    @Test
    void theOutputFolderIsALinkSwitchedInOneStep() throws IOException {
        Path out = dir.resolve("out");
        write(out, "a.csv", "first");
        assertTrue(Files.isSymbolicLink(out));
        Path first = out.toRealPath();
        write(out, "a.csv", "second");
        assertTrue(Files.isSymbolicLink(out));
        assertFalse(Files.exists(first), "the previous generation is deleted after the switch");
        assertEquals("second", Files.readString(out.resolve("a.csv")));
    }

    @Test
    void aPlainFolderOfAnEarlierVersionIsReplacedByAPlainFolderNeverByALink() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("summary.csv"), "old");
        Files.writeString(out.resolve("charts/baseline-fan.png"), "old");
        Files.writeString(
                out.resolve("manifest.json"), "{\n  \"tool\": \"targetcast\",\n  \"version\": \"0.1.0\"\n}\n");
        write(out, "summary.csv", "new");
        assertFalse(Files.isSymbolicLink(out));
        assertTrue(Files.isDirectory(out));
        assertEquals("new", Files.readString(out.resolve("summary.csv")));
        assertFalse(Files.exists(out.resolve("charts/baseline-fan.png")), "replaced whole");
        assertEquals(List.of("out"), entriesBesideCurrent(out));
    }

    @Test
    void aFolderOnlyNamedLikeOutputIsNotReplacedWithoutAManifest() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("summary.csv"), "a spreadsheet of my own");
        InputException e = assertThrows(InputException.class, () -> replacing(out));
        assertTrue(e.getMessage().contains("delete it once"), e.getMessage());
        assertEquals("a spreadsheet of my own", Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void failedRunLeavesThePreviousFolderAsItWas() throws IOException {
        Path out = dir.resolve("out");
        write(out, "old.csv", "old");
        List<String> before = entries();
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder f = replacing(out)) {
                Files.writeString(f.resolve("half.csv"), "half");
                throw new IllegalStateException("the run fails here");
            }
        });
        assertEquals("old", Files.readString(out.resolve("old.csv")));
        assertEquals(before, entries());
    }

    @Test
    void createsTheFolderOnTheFirstRun() throws IOException {
        Path out = dir.resolve("first");
        write(out, "a.csv", "a");
        assertEquals("a", Files.readString(out.resolve("a.csv")));
    }

    @Test
    void refusesPathsThatEscapeTheFolder() throws IOException {
        try (OutputFolder f = replacing(dir.resolve("out"))) {
            assertThrows(IllegalArgumentException.class, () -> f.resolve("../outside.csv"));
        }
    }

    @Test
    void refusesAFolderHoldingAUsersFilesAndLeavesThemAlone() throws IOException {
        Path user = Files.createDirectories(dir.resolve("slides"));
        Files.writeString(user.resolve("notes.txt"), "my notes");
        Files.writeString(user.resolve("budget.xlsx"), "numbers");
        InputException e = assertThrows(InputException.class, () -> replacing(user));
        assertTrue(e.getMessage().contains("slides") && e.getMessage().contains("--out"), e.getMessage());
        assertThrows(InputException.class, () -> OutputFolder.adding(user, "chart", "--out", List.of()));
        assertEquals("my notes", Files.readString(user.resolve("notes.txt")));
        assertEquals(
                List.of("budget.xlsx", "notes.txt"),
                List.of(user.toFile().list()).stream().sorted().toList());
        assertEquals(List.of("slides"), entries(), "nothing written beside it");
    }

    @Test
    void refusesTheWorkingDirectoryAndEveryFolderAboveIt() {
        for (Path p : List.of(
                Path.of("."),
                Path.of(""),
                Path.of(".."),
                Path.of("").toAbsolutePath().getRoot())) {
            InputException e = assertThrows(InputException.class, () -> replacing(p), p.toString());
            assertTrue(e.getMessage().contains("working directory"), e.getMessage());
        }
    }

    @Test
    void refusesAFolderHoldingAnInputEvenIfMarked() throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(scenarios.resolve(OutputGuard.MARKER), "command: run\n");
        Path scenario = Files.writeString(scenarios.resolve("a.yaml"), "title: A\n");
        assertThrows(InputException.class, () -> OutputFolder.replacing(scenarios, "run", "--out", List.of(scenario)));
        assertThrows(InputException.class, () -> OutputFolder.replacing(dir, "run", "--out", List.of(scenario)));
        assertTrue(Files.exists(scenario));
    }

    @Test
    void refusesAProjectRootEvenIfMarked() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("clone"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(OutputGuard.MARKER), "command: run\n");
        assertThrows(InputException.class, () -> replacing(repo));
        assertTrue(Files.isDirectory(repo.resolve(".git")));
    }

    @Test
    void resolvesALinkBeforeChecking() throws IOException {
        Path user = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(user.resolve("letter.txt"), "dear");
        Path link = Files.createSymbolicLink(dir.resolve("out"), user);
        assertThrows(InputException.class, () -> replacing(link));
        Path toCwd = Files.createSymbolicLink(dir.resolve("here"), Path.of("").toAbsolutePath());
        assertThrows(InputException.class, () -> replacing(toCwd));
        assertEquals("dear", Files.readString(user.resolve("letter.txt")));
    }

    @Test
    void addingKeepsOtherFilesAndReplacesOnlyItsOwn() throws IOException {
        Path out = dir.resolve("out-charts");
        try (OutputFolder f = OutputFolder.adding(out, "chart", "--out", List.of())) {
            Files.writeString(f.resolve("a-fan.pdf"), "fan 1");
            f.commit();
        }
        try (OutputFolder f = OutputFolder.adding(out, "chart", "--out", List.of())) {
            Files.writeString(f.resolve("a-share.pdf"), "share");
            f.commit();
        }
        try (OutputFolder f = OutputFolder.adding(out, "chart", "--out", List.of())) {
            Files.writeString(f.resolve("a-fan.pdf"), "fan 2");
            f.commit();
        }
        assertFalse(Files.isSymbolicLink(out));
        assertEquals("fan 2", Files.readString(out.resolve("a-fan.pdf")));
        assertEquals("share", Files.readString(out.resolve("a-share.pdf")));
        assertEquals(List.of("out-charts"), entries());
    }

    @Test
    void outputFoldersGetTheUsersNormalPermissions() throws IOException {
        Path out = dir.resolve("out");
        write(out, "a.csv", "a");
        Path plain = Files.createDirectory(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out.toRealPath()));
    }

    private Path leftover(String name, long ageSeconds) throws IOException {
        Path p = Files.createDirectories(dir.resolve(name));
        Files.writeString(p.resolve("half.csv"), "half");
        OutputGuard.mark(p, "test");
        Files.setLastModifiedTime(
                p, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(ageSeconds)));
        return p;
    }

    @Test
    void removesStagingFoldersLeftByKilledRuns() throws IOException {
        long dead = Long.MAX_VALUE / 2;
        long alive = ProcessHandle.current()
                .parent()
                .map(ProcessHandle::pid)
                .orElse(ProcessHandle.current().pid());
        leftover(".out-staging-" + dead + "-1", 3600);
        leftover(".out-old-" + dead + "-2", 3600);
        leftover(".out-staging-" + alive + "-3", 3600);
        leftover(".out-staging-" + dead + "-4", -3600);
        leftover(".other-staging-" + dead + "-5", 3600);
        leftover(".out-gen-" + dead + "-6", 3600);
        Files.createDirectories(dir.resolve("out"));
        try (OutputFolder f = replacing(dir.resolve("out"))) {
            f.commit();
        }
        assertEquals(
                List.of(
                                ".other-staging-" + dead + "-5",
                                ".out-staging-" + alive + "-3",
                                ".out-staging-" + dead + "-4",
                                "out")
                        .stream()
                        .sorted()
                        .toList(),
                entriesBesideCurrent(dir.resolve("out")),
                "only stale leftovers of this folder, made by processes that are gone, are removed");
    }

    @Test
    void putsBackThePreviousFolderWhenAKilledRunHadMovedItAside() throws IOException {
        Path old = leftover(".out-old-" + (Long.MAX_VALUE / 2) + "-1", 3600);
        try (OutputFolder f = replacing(dir.resolve("out"))) {
            assertEquals("half", Files.readString(dir.resolve("out/half.csv")), "restored before the new run writes");
            assertFalse(Files.exists(old));
        }
        assertTrue(Files.isDirectory(dir.resolve("out"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of("out"), entries());
    }

    @Test
    void leavesAUsersFolderNamedLikeALeftoverAlone() throws IOException {
        long dead = Long.MAX_VALUE / 2;
        for (String name : List.of(".out-gen-mine", ".out-staging-" + dead + "-1", ".out-old-" + dead + "-2")) {
            Path mine = Files.createDirectories(dir.resolve(name));
            Files.writeString(mine.resolve("k.txt"), "keep");
            Files.setLastModifiedTime(
                    mine,
                    java.nio.file.attribute.FileTime.from(
                            java.time.Instant.now().minusSeconds(3600)));
        }
        write(dir.resolve("out"), "a.csv", "a");
        write(dir.resolve("out"), "a.csv", "b");
        for (String name : List.of(".out-gen-mine", ".out-staging-" + dead + "-1", ".out-old-" + dead + "-2")) {
            assertEquals("keep", Files.readString(dir.resolve(name).resolve("k.txt")), name + " is the user's");
        }
        assertEquals("b", Files.readString(dir.resolve("out/a.csv")));
    }

    @Test
    void leavesALinkNamedLikeALeftoverThatPointsElsewhereAlone() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve(".out-link-" + (Long.MAX_VALUE / 2) + "-1"), elsewhere);
        Files.setLastModifiedTime(
                link,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        write(dir.resolve("out"), "a.csv", "a");
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void anEmptyFolderTargetcastDidNotWriteIsFilledNotReplaced() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Object key = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        write(out, "a.csv", "a");
        assertFalse(Files.isSymbolicLink(out), "never replaced by a link");
        assertEquals(
                key,
                Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey(),
                "the same folder");
        assertEquals("a", Files.readString(out.resolve("a.csv")));
        assertTrue(Files.isRegularFile(out.resolve(OutputGuard.MARKER)));
        assertEquals(List.of("out"), entries(), "no staging folder left");
        write(out, "b.csv", "b");
        assertFalse(Files.exists(out.resolve("a.csv")), "once written by targetcast, it is replaced whole");
        assertFalse(Files.isSymbolicLink(out), "a plain folder stays plain");
    }

    @Test
    void refusesAFolderItCannotWriteInto() throws IOException {
        Path out = Files.createDirectories(dir.resolve("readonly"));
        assertTrue(out.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(out), "not running with every permission");
            InputException e = assertThrows(InputException.class, () -> replacing(out));
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
            assertEquals(List.of("readonly"), entries());
        } finally {
            out.toFile().setWritable(true, true);
        }
    }
}

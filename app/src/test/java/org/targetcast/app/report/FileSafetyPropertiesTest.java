package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.targetcast.engine.io.InputException;

/**
 * The file-safety half of the attack suite: a hostile place for an output folder (missing, empty, read-only,
 * the user's own files, a file, a link to the user's folder, targetcast's own output) with hostile neighbours
 * (the user's folders and links named like targetcast's leftovers, old or new, marked or not, from processes
 * gone or alive). Whatever the mix, a write either is refused as bad input or commits; a file of the user's
 * is never changed or removed; a plain folder is never replaced by a link; and no staging folder is left.
 */
class FileSafetyPropertiesTest {
    private static final long GONE = Long.MAX_VALUE / 2;

    /** What stands where the output folder is to go. */
    enum Target {
        MISSING,
        EMPTY,
        USERS_FILES,
        A_FILE,
        LINK_TO_USERS_FOLDER,
        OURS_PLAIN,
        OURS_WRITTEN_TWICE
    }

    /** A neighbour named like a leftover. */
    record Neighbour(String kind, boolean pidGone, boolean old, boolean marked, boolean link) {}

    @Provide
    Arbitrary<List<Neighbour>> neighbours() {
        return Combinators.combine(
                        Arbitraries.of("gen", "staging", "old", "link"),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as(Neighbour::new)
                .list()
                .ofMaxSize(5);
    }

    @Property(seed = "20261206", tries = 250, edgeCases = EdgeCasesMode.NONE)
    void hostileTargetsAndLeftoversNeverCostAUserFile(
            @ForAll Target target, @ForAll("neighbours") List<Neighbour> neighbours) throws IOException {
        Path dir = Files.createTempDirectory("targetcast-safety");
        try {
            Path out = dir.resolve("out");
            Path mine = Files.createDirectories(dir.resolve("mine"));
            Files.writeString(mine.resolve("k.txt"), "keep");
            switch (target) {
                case MISSING -> {}
                case EMPTY -> Files.createDirectory(out);
                case USERS_FILES -> Files.writeString(Files.createDirectory(out).resolve("notes.txt"), "keep");
                case A_FILE -> Files.writeString(out, "keep");
                case LINK_TO_USERS_FOLDER -> Files.createSymbolicLink(out, mine);
                case OURS_PLAIN -> OutputGuard.mark(Files.createDirectory(out), "earlier");
                case OURS_WRITTEN_TWICE -> write(out);
            }
            int i = 0;
            for (Neighbour n : neighbours) {
                String name = ".out-" + n.kind() + "-"
                        + (n.pidGone() ? GONE : ProcessHandle.current().pid()) + "-" + i++;
                Path p = dir.resolve(name);
                if (n.link()) {
                    Files.createSymbolicLink(p, n.marked() ? mine.getFileName() : mine);
                } else {
                    Files.createDirectory(p);
                    Files.writeString(p.resolve("k.txt"), "keep");
                    if (n.marked()) {
                        // the user copied a marker in: then it is targetcast's by the same rule as --out
                        OutputGuard.mark(p, "copied");
                    }
                }
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(n.old() ? 3600 : -3600)));
            }
            Map<Path, String> before = usersFiles(dir);
            // a neighbour holding the marker is targetcast's by the rule for --out, and may go
            before.keySet()
                    .removeIf(f -> f.getParent().getFileName().toString().startsWith(".out-")
                            && Files.exists(f.getParent().resolve(OutputGuard.MARKER)));
            boolean plainBefore = Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS);
            try {
                write(out);
                Statistics.collect(target + " written");
            } catch (InputException e) {
                Statistics.collect(target + " refused");
            }
            Map<Path, String> after = usersFiles(dir);
            for (var f : before.entrySet()) {
                assertEquals(f.getValue(), after.get(f.getKey()), f.getKey() + " changed or removed");
            }
            if (plainBefore) {
                assertFalse(Files.isSymbolicLink(out), "a plain folder replaced by a link");
            }
            try (var files = Files.list(dir)) {
                assertTrue(
                        files.noneMatch(p -> p.getFileName()
                                        .toString()
                                        .startsWith(".out-staging-"
                                                + ProcessHandle.current().pid())
                                && Files.exists(p.resolve("written.csv"))),
                        "a staging folder of this process left");
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void write(Path out) throws IOException {
        try (OutputFolder f = OutputFolder.replacing(out, "test", "--out", List.of())) {
            Files.writeString(f.resolve("written.csv"), "new");
            f.commit();
        }
    }

    /** Every file named k.txt or notes.txt, or a file standing where the output goes, with its content. */
    private static Map<Path, String> usersFiles(Path dir) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        List<Path> found = new ArrayList<>();
        try (var files = Files.walk(dir)) {
            files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().equals("k.txt")
                            || p.getFileName().toString().equals("notes.txt")
                            || p.equals(dir.resolve("out")))
                    .forEach(found::add);
        }
        for (Path p : found) {
            out.put(p, Files.readString(p));
        }
        return out;
    }
}

package org.targetcast.app.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Staging, old and generation folders and new links left beside an output folder by runs that were killed:
 * recognised by name ({@code .<target>-staging-<pid>-*}, {@code .<target>-old-<pid>-*},
 * {@code .<target>-gen-<pid>-*} other than the one the target links to, {@code .<target>-link-<pid>-*}),
 * removed when they carry the marker targetcast writes into its own folders ({@link OutputGuard#MARKER}, the
 * same rule as for the output folder itself; a folder of the user's named like a leftover is never touched)
 * or are empty (a staging folder killed before its marker was written; removing it loses nothing),
 * were last modified before the current process started, and the process that made them is gone. A new
 * link is removed only if it points to a generation folder beside it, as targetcast's links do.
 */
final class Leftovers {
    private Leftovers() {}

    static String stagingPrefix(Path target) {
        return "." + target.getFileName() + "-staging-";
    }

    static String oldPrefix(Path target) {
        return "." + target.getFileName() + "-old-";
    }

    static String generationPrefix(Path target) {
        return "." + target.getFileName() + "-gen-";
    }

    static String linkPrefix(Path target) {
        return "." + target.getFileName() + "-link-";
    }

    /**
     * Puts back a previous folder a killed run had moved aside (if the target is missing), then deletes
     * stale leftovers. Failures to delete are ignored: a leftover never stops a run.
     *
     * @param target the output folder, absolute
     * @throws IOException if the folder beside the target cannot be listed or the old folder not put back
     */
    static void clean(Path target) throws IOException {
        Instant started =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        List<Path> staging = new ArrayList<>();
        List<Path> old = new ArrayList<>();
        Path linked = Files.isSymbolicLink(target)
                ? target.resolveSibling(Files.readSymbolicLink(target)).normalize()
                : null;
        try (var siblings = Files.list(target.getParent())) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(linkPrefix(target))
                        && Files.isSymbolicLink(p)
                        && linksToGeneration(p, target)
                        && isStale(p, linkPrefix(target), started)) {
                    staging.add(p);
                }
                if (!OutputGuard.marked(p) && !isEmptyFolder(p)) {
                    // not a folder, or a folder targetcast did not write, whatever its name: never touched (an
                    // empty one is a staging folder killed before its marker was written; removing it loses nothing)
                    continue;
                }
                if (name.startsWith(stagingPrefix(target)) && isStale(p, stagingPrefix(target), started)) {
                    staging.add(p);
                } else if (name.startsWith(generationPrefix(target))
                        && !p.equals(linked)
                        && isStale(p, generationPrefix(target), started)) {
                    staging.add(p);
                } else if (name.startsWith(oldPrefix(target)) && isStale(p, oldPrefix(target), started)) {
                    old.add(p);
                }
            }
        }
        old.sort(Comparator.comparing(Leftovers::modified).reversed());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !old.isEmpty()) {
            OutputFolder.move(old.remove(0), target);
        }
        staging.addAll(old);
        for (Path p : staging) {
            try {
                if (Files.isSymbolicLink(p)) {
                    Files.delete(p);
                } else {
                    OutputFolder.deleteTree(p);
                }
            } catch (IOException e) {
                // left for a later run; it does not affect this one
            }
        }
    }

    /** @return whether a link named like a new link of ours points where ours do: a generation folder beside it */
    private static boolean linksToGeneration(Path link, Path target) {
        try {
            Path to = Files.readSymbolicLink(link);
            return to.getNameCount() == 1 && to.toString().startsWith(generationPrefix(target));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmptyFolder(Path p) {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var files = Files.list(p)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** A leftover is stale if made before this process started by a process no longer running. */
    private static boolean isStale(Path folder, String prefix, Instant started) {
        String rest = folder.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        boolean alive = false;
        if (dash > 0 && rest.substring(0, dash).matches("\\d{1,18}")) {
            long pid = Long.parseLong(rest.substring(0, dash));
            alive = pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        return !alive && modified(folder).isBefore(started);
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}

package org.targetcast.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * An output folder written in full or not at all, and only where {@link OutputGuard} allows. Files go to a
 * fresh staging folder beside the target ({@code .<target>-staging-<pid>-<random>}); nothing is written
 * to the target before {@link #commit()}. A run that fails, or is killed before the commit, leaves the
 * previous folder as it was; {@link #close()} without a commit deletes the staging folder. Every output
 * folder gets the marker file {@value OutputGuard#MARKER}.
 *
 * <p>Two kinds of folder:
 * <ul>
 * <li>{@linkplain #replacing Replaced} (run, compare, sweep, sensitivity): the target is a symbolic link to a
 * folder beside it ({@code .<target>-gen-<pid>-<random>}). The commit renames the staging folder to such a
 * name, then renames a new link over the old one, a single step: at any moment the target shows the
 * previous output or the new one, never nothing. The previous folder is deleted afterwards. A plain folder
 * targetcast wrote (marked, or an earlier version's output) is replaced by a plain folder with two renames
 * (old aside, new in place), as is every folder where the file system has no symbolic links; nothing is ever
 * replaced by a link. An empty folder targetcast did not write is filled, never replaced.</li>
 * <li>{@linkplain #adding Added to} (chart, backtest charts): the commit moves each staged file into the
 * target with one rename per file, replacing only files of the same name; other files stay.</li>
 * </ul>
 *
 * <p>A run killed part-way leaves its staging folder behind; {@link Leftovers} removes such folders on a
 * later run and puts back a folder a killed run had moved aside.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean replace;
    private final String command;
    private Path live;
    private boolean committed;

    private OutputFolder(Path target, Path staging, boolean replace, String command) {
        this.target = target;
        this.staging = staging;
        this.replace = replace;
        this.command = command;
    }

    /**
     * A folder replaced whole by the commit.
     *
     * @param target the folder as the user named it, e.g. {@code out}
     * @param command the command writing it, for the marker
     * @param option the option naming the folder, for messages
     * @param inputs the files and folders the command reads
     * @return a staging folder for it
     * @throws org.targetcast.engine.io.InputException if the folder may not be written ({@link OutputGuard})
     * @throws IOException if the staging folder cannot be created
     */
    public static OutputFolder replacing(Path target, String command, String option, Collection<Path> inputs)
            throws IOException {
        return open(target, true, command, option, inputs);
    }

    /**
     * A folder the commit adds files to, replacing only files of the same names.
     *
     * @param target the folder as the user named it, e.g. {@code out-charts}
     * @param command the command writing it, for the marker
     * @param option the option naming the folder, for messages
     * @param inputs the files and folders the command reads
     * @return a staging folder for it
     * @throws org.targetcast.engine.io.InputException if the folder may not be written ({@link OutputGuard})
     * @throws IOException if the staging folder cannot be created
     */
    public static OutputFolder adding(Path target, String command, String option, Collection<Path> inputs)
            throws IOException {
        return open(target, false, command, option, inputs);
    }

    private static OutputFolder open(
            Path target, boolean replace, String command, String option, Collection<Path> inputs) throws IOException {
        OutputGuard.check(target, option, inputs, replace);
        Path abs = target.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        Leftovers.clean(abs);
        Path staging = fresh(abs, Leftovers.stagingPrefix(abs));
        Files.createDirectory(staging);
        // marked before anything else is written: a later run removes a leftover only if it carries the marker
        OutputGuard.markNew(staging, command);
        return new OutputFolder(abs, staging, replace, command);
    }

    /** @return an unused name beside the target, {@code <prefix><pid>-<random>} */
    private static Path fresh(Path target, String prefix) {
        while (true) {
            Path p = target.resolveSibling(prefix + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16));
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
    }

    /**
     * @param relative a path inside the folder, e.g. {@code charts/baseline.png}
     * @return where to write it now (inside the staging folder); parent folders are created
     */
    public Path resolve(String relative) {
        Path p = staging.resolve(relative).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
            throw new IllegalArgumentException("path escapes the output folder: " + relative);
        }
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** @return the staging folder (for listing what was written) */
    public Path staging() {
        return staging;
    }

    /**
     * Puts the staged files in place: the whole folder for a replaced folder, file by file for one added to.
     *
     * @throws IOException if a move fails (the previous folder is then as it was, or restored when possible)
     */
    public void commit() throws IOException {
        if (replace && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !OutputGuard.written(target)) {
            // an empty folder targetcast did not write (the guard lets no other unwritten folder through):
            // filled, never replaced, whoever owns it
            addFiles();
        } else if (replace) {
            OutputGuard.mark(staging, command);
            live = fresh(target, Leftovers.generationPrefix(target));
            move(staging, live);
            switchTo(live);
        } else {
            addFiles();
        }
        committed = true;
    }

    private void switchTo(Path folder) throws IOException {
        boolean link = Files.isSymbolicLink(target);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            // a plain folder targetcast wrote (marked, or an earlier version's output): replaced by a plain folder
            // with two renames, never by a link; marked first, so that if this run is killed between the renames
            // the next one recognises the folder moved aside as its own and puts it back
            if (!Files.isRegularFile(target.resolve(OutputGuard.MARKER), LinkOption.NOFOLLOW_LINKS)) {
                OutputGuard.mark(target, "an earlier version");
            }
            Path old = fresh(target, Leftovers.oldPrefix(target));
            move(target, old);
            try {
                move(folder, target);
            } catch (IOException e) {
                move(old, target);
                throw e;
            }
            live = target;
            deleteTree(old);
            return;
        }
        Path previous = link ? ours(Files.readSymbolicLink(target)) : null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !link) {
            throw new FileAlreadyExistsException(target.toString(), null, "a file, not an output folder");
        }
        linkOrMove(folder);
        if (previous != null && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(previous);
        }
    }

    /** Points the target at the folder with one rename of a new link; a plain move where links are not supported. */
    private void linkOrMove(Path folder) throws IOException {
        Path newLink = fresh(target, Leftovers.linkPrefix(target));
        try {
            Files.createSymbolicLink(newLink, folder.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(target);
            }
            move(folder, target);
            return;
        }
        move(newLink, target);
    }

    /** @return the folder a link of ours points to (a generation folder beside the target), or null */
    private Path ours(Path linked) {
        Path p = target.resolveSibling(linked).normalize();
        return p.getParent().equals(target.getParent())
                        && p.getFileName().toString().startsWith(Leftovers.generationPrefix(target))
                ? p
                : null;
    }

    private void addFiles() throws IOException {
        Files.createDirectories(target);
        // the marker first: files moved in by a run killed part-way are then recognised as targetcast's
        OutputGuard.mark(target, command);
        List<Path> files = new ArrayList<>();
        Path marker = staging.resolve(OutputGuard.MARKER);
        try (Stream<Path> s = Files.walk(staging)) {
            s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(marker))
                    .forEach(files::add);
        }
        for (Path f : files) {
            Path dest = target.resolve(staging.relativize(f).toString());
            Files.createDirectories(dest.getParent());
            AtomicFile.move(f, dest);
        }
        OutputGuard.mark(target, command);
        deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
            if (live != null && Files.exists(live) && !live.equals(OutputGuard.real(target))) {
                deleteTree(live);
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
        AtomicFile.move(from, to);
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

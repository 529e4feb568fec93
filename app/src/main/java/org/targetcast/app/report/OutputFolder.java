package org.targetcast.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output folder written in full or not at all. Files go to a fresh staging folder beside the target
 * ({@code .out-staging-<pid>-<random>}); {@link #commit()} moves the old folder aside
 * ({@code .out-old-<pid>-<time>}), moves the staging folder into place and deletes the old one. A run that
 * fails, or is killed before the commit, leaves the previous folder as it was; {@link #close()} without a
 * commit deletes the staging folder.
 *
 * <p>A run killed part-way leaves its staging folder behind. {@link #create} removes such leftovers beside
 * the target: folders named like a staging or old folder of the same target, last modified before the
 * current process started, whose process is no longer alive (so a concurrent run's folder is left alone).
 * If the target itself is missing because a run was killed between its two moves, the old folder is put
 * back first.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * @param target the folder to replace, e.g. {@code out}
     * @return a staging folder for it
     * @throws IOException if the staging folder cannot be created
     */
    public static OutputFolder create(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Leftovers.clean(abs);
        Path staging = Files.createTempDirectory(parent, Leftovers.stagingPrefix(abs) + ProcessHandle.current().pid() + "-");
        return new OutputFolder(abs, staging);
    }

    /**
     * @param relative a path inside the folder, e.g. {@code charts/baseline.png}
     * @return where to write it now (inside the staging folder); parent folders are created
     */
    public Path resolve(String relative) {
        Path p = staging.resolve(relative).normalize();
        if (!p.startsWith(staging)) {
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
     * Puts the staged folder in place of the target.
     *
     * @throws IOException if a move fails (the previous folder is then restored when possible)
     */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(Leftovers.oldPrefix(target) + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()));
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed && Files.exists(staging)) {
            deleteTree(staging);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
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

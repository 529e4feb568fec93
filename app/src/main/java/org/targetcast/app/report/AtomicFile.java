package org.targetcast.app.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: the content goes to a temporary file beside it
 * ({@code .<name>.partial-<pid>-<random>}), which is then renamed over the file in one step. A reader sees
 * the old file or the new one, never half of one; a write that fails or is killed leaves the old file.
 */
public final class AtomicFile {
    /** Writes text into a writer. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param w where to write
         * @throws IOException on a write failure
         */
        void writeTo(Writer w) throws IOException;
    }

    private AtomicFile() {}

    /**
     * @param file the file to write or replace
     * @param bytes its new content
     * @throws IOException on a write failure (the old file is then as it was)
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path partial = partial(file);
        try {
            Files.write(partial, bytes);
            move(partial, file);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * @param file the file to write or replace, as UTF-8 text
     * @param content what to write
     * @throws IOException on a write failure (the old file is then as it was)
     */
    public static void write(Path file, Content content) throws IOException {
        Path partial = partial(file);
        try {
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            move(partial, file);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Path partial(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        return abs.resolveSibling(
                "." + abs.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-"
                        + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16));
    }

    /**
     * Renames a file over another in one step where the file system allows it.
     *
     * @param from the file written
     * @param to the file it replaces
     * @throws IOException if the rename fails
     */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package org.targetcast.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.workspace.Workspace;

/**
 * Decides whether a folder may be written as an output folder, before anything is written.
 *
 * <p>A folder is written only if it is missing, empty, or targetcast output: it holds the marker file
 * {@value #MARKER} (written into every output folder, with the command, version and time), or it is an
 * output folder of an earlier version (every file in it has a name targetcast writes, or a
 * {@code manifest.json} of targetcast's). Whatever it holds, a folder is never written if it is, once
 * symbolic links are resolved: the working directory or a folder above it, the home folder or a folder
 * above it, a repository root (a folder holding {@code .git}, {@code pom.xml}, {@code mvnw} or the
 * {@code targetcast} launcher), the scenarios or data folder, or a folder holding an input of the command.
 * There is no option to bypass this.
 */
public final class OutputGuard {
    /** The marker file written into every output folder. */
    public static final String MARKER = ".targetcast-output";

    private static final List<String> ROOT_FILES = List.of(".git", "pom.xml", "mvnw", "targetcast");

    /** Names of the files earlier versions wrote, without a marker. */
    private static final Pattern EARLIER =
            Pattern.compile("(summary|trajectories|first_years|compare|sweep|sensitivity)\\.csv"
                    + "|report\\.html|manifest\\.json|(compare|sweep|sensitivity|overlay)\\.(png|svg|pdf)"
                    + "|[A-Za-z0-9_.-]+-(fan|share|components|decomposition|histogram-\\d{4}|histogram)\\.(png|svg|pdf)"
                    + "|[A-Za-z0-9_.-]+-(loglinear|linear|drift|damped|logistic|auto|combo)\\.(png|svg|pdf)");

    private OutputGuard() {}

    /**
     * @param target the folder as the user named it
     * @param option the option that named it, e.g. {@code --out}
     * @param inputs the files and folders the command reads (scenarios, sets, data)
     * @param replace whether the command replaces the folder whole (else it adds files to it)
     * @throws InputException naming the folder and the option if it may not be written
     * @throws IOException if the folder cannot be looked at
     */
    public static void check(Path target, String option, Collection<Path> inputs, boolean replace) throws IOException {
        Path real = real(target);
        Map<Path, String> protectedFolders = new LinkedHashMap<>();
        protectedFolders.put(real(Path.of("")), "the working directory");
        Optional.ofNullable(System.getProperty("user.home"))
                .filter(h -> !h.isBlank())
                .ifPresent(h -> protectedFolders.putIfAbsent(real(Path.of(h)), "the home folder"));
        protectedFolders.putIfAbsent(real(Path.of(Workspace.DEFAULT_SCENARIOS)), "the scenarios folder");
        for (Path in : inputs) {
            Path r = real(in);
            protectedFolders.putIfAbsent(r, "an input, " + in);
            if (r.getParent() != null && Files.isRegularFile(r)) {
                protectedFolders.putIfAbsent(r.getParent(), "the folder of an input, " + in);
            }
        }
        for (Map.Entry<Path, String> p : protectedFolders.entrySet()) {
            if (p.getKey().startsWith(real)) {
                throw refuse(target, option, (real.equals(p.getKey()) ? "it is " : "it holds ") + p.getValue());
            }
        }
        if (Files.isDirectory(real)) {
            if (!Files.isWritable(real)) {
                throw refuse(target, option, "it is not writable");
            }
            for (String f : ROOT_FILES) {
                if (Files.exists(real.resolve(f))) {
                    throw refuse(target, option, "it is a project folder (it holds " + f + ")");
                }
            }
            if (!isOurs(real, replace)) {
                throw refuse(
                        target,
                        option,
                        "it holds files targetcast did not write (" + sample(real) + ")"
                                + (namedLikeOurs(real)
                                        ? "; if it is the output of an earlier version, delete it once"
                                        : ""));
            }
        } else if (Files.exists(real)) {
            throw refuse(target, option, "it is a file, not a folder");
        }
    }

    /**
     * Checks a single file a command is asked to write, and that an existing file there is one targetcast
     * wrote: its first line must be the header the command writes, so that a user's own file of the same
     * name is never replaced.
     *
     * @param file the file to be written
     * @param option the option that named it
     * @param inputs the command's inputs
     * @param header the first line the command writes
     * @throws InputException if it is a folder, an input, or an existing file that targetcast did not write
     */
    public static void checkFile(Path file, String option, Collection<Path> inputs, String header) {
        checkFile(file, option, inputs);
        Path real = real(file);
        if (Files.isRegularFile(real)) {
            String first;
            try (java.io.BufferedReader r = Files.newBufferedReader(real, java.nio.charset.StandardCharsets.UTF_8)) {
                first = r.readLine();
            } catch (IOException | java.io.UncheckedIOException e) {
                first = null;
            }
            if (!header.equals(first)) {
                throw InputException.at(
                        option,
                        0,
                        0,
                        "",
                        "will not replace " + file
                                + ": it exists and was not written by targetcast; name another file with " + option);
            }
        }
    }

    /**
     * @param file a file to be written or replaced, e.g. by {@code --csv}
     * @param option the option that named it
     * @param inputs the files and folders the command reads
     * @throws InputException if the file is a folder, an input, or inside no writable place
     */
    public static void checkFile(Path file, String option, Collection<Path> inputs) {
        Path real = real(file);
        if (Files.isDirectory(real)) {
            throw InputException.at(
                    option, 0, 0, "", "will not write " + file + ": it is a folder; name a file with " + option);
        }
        for (Path in : inputs) {
            if (real(in).equals(real)) {
                throw InputException.at(
                        option,
                        0,
                        0,
                        "",
                        "will not write " + file + ": it is an input of the command; name another file with " + option);
            }
        }
    }

    private static InputException refuse(Path target, String option, String why) {
        return InputException.at(
                option,
                0,
                0,
                "",
                "will not write the output folder " + target + ": " + why + "; choose another folder with " + option);
    }

    /**
     * @param folder an existing folder
     * @param replace whether it is to be replaced whole
     * @return whether it is empty, marked, or an output folder of an earlier version: to be replaced, one
     *     holding a targetcast {@code manifest.json} and only files named as targetcast names them; to be added
     *     to, one holding only such files (adding replaces nothing else)
     * @throws IOException if it cannot be listed
     */
    static boolean isOurs(Path folder, boolean replace) throws IOException {
        if (Files.isRegularFile(folder.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            if (files.findAny().isEmpty()) {
                return true;
            }
        }
        if (!namedLikeOurs(folder)) {
            return false;
        }
        if (!replace) {
            return true;
        }
        Path manifest = folder.resolve("manifest.json");
        if (!Files.isRegularFile(manifest) || Files.size(manifest) > (1 << 20)) {
            return false;
        }
        return Files.readString(manifest, StandardCharsets.ISO_8859_1).contains("\"tool\": \"targetcast\"");
    }

    /**
     * @param folder an existing folder the guard allowed
     * @return whether targetcast wrote it: it holds the marker, or holds anything (the guard allows a folder
     *     with content only if it is targetcast's); false for an empty folder without the marker
     * @throws IOException if it cannot be listed
     */
    static boolean written(Path folder) throws IOException {
        if (Files.isRegularFile(folder.resolve(MARKER), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        }
    }

    /**
     * @param folder a folder beside an output folder, named like a leftover
     * @return whether it carries the marker targetcast writes into its own folders (a regular file, not a link)
     */
    static boolean marked(Path folder) {
        return Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(folder.resolve(MARKER), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** @return whether every file in the folder is named as targetcast names its output files */
    private static boolean namedLikeOurs(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder))
                    .allMatch(p -> Files.isDirectory(p)
                            ? p.getFileName().toString().equals("charts")
                            : EARLIER.matcher(p.getFileName().toString()).matches());
        }
    }

    private static String sample(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
            return names.size() > 3 ? shown + " and " + (names.size() - 3) + " more" : shown;
        }
    }

    /**
     * @param p a path, existing or not
     * @return its absolute form with every symbolic link of its existing part resolved
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    /**
     * Writes the marker into a folder being written.
     *
     * @param folder the folder
     * @param command the command writing it
     * @throws IOException on a write failure
     */
    static void mark(Path folder, String command) throws IOException {
        AtomicFile.write(folder.resolve(MARKER), markerText(command));
    }

    /**
     * Writes the marker into a folder just created, in place (no partial file beside it): a run killed at any
     * moment leaves the folder empty or marked, and a later run removes either ({@link Leftovers}).
     *
     * @param folder the new, empty folder
     * @param command the command writing it
     * @throws IOException on a write failure
     */
    static void markNew(Path folder, String command) throws IOException {
        Files.write(folder.resolve(MARKER), markerText(command), java.nio.file.StandardOpenOption.CREATE_NEW);
    }

    private static byte[] markerText(String command) {
        String text =
                "This folder was written by targetcast, which may write into it again (see the README, Commands).\n"
                        + "command: " + command + "\nversion: " + org.targetcast.engine.workspace.Version.get()
                        + "\nwritten: "
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

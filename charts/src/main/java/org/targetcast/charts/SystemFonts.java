package org.targetcast.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Font files installed on this machine, for embedding in PDF files, found by file name in the usual font
 * folders of Linux, macOS and Windows (and the user's own). Only names are listed: a file is parsed when a
 * PDF asks for it, so a run that needs no Chinese never reads a CJK collection.
 *
 * <p>A font is embeddable when it has TrueType ({@code glyf}) outlines: PDFBox subsets only those, and
 * fails at save on the CFF-outlined collections of Noto CJK ({@link #embeddable(TrueTypeFont)}). Whether it
 * has the glyphs a text needs is asked of each character where the text is set.
 *
 * <p>The system property {@value #FOLDERS_PROPERTY} replaces the usual folders by a list of folders
 * (separated by the platform's path separator; empty for none): the tests use it to play machines with
 * different fonts installed.
 */
public final class SystemFonts {
    /** System property naming the font folders to use instead of the usual ones. */
    public static final String FOLDERS_PROPERTY = "targetcast.font.folders";
    /** Latin fonts, best first (file names, lower case). */
    public static final List<String> LATIN =
            List.of("dejavusans.ttf", "liberationsans-regular.ttf", "notosans-regular.ttf", "arial.ttf");
    /** Bold Latin fonts, best first. */
    public static final List<String> LATIN_BOLD =
            List.of("dejavusans-bold.ttf", "liberationsans-bold.ttf", "notosans-bold.ttf", "arialbd.ttf");
    /**
     * Fonts with CJK glyphs, tried in this order for a character the shipped font lacks; those without
     * TrueType outlines (Noto CJK) are passed over when read.
     */
    public static final List<String> CJK = List.of(
            "wqy-microhei.ttc",
            "wqy-zenhei.ttc",
            "droidsansfallbackfull.ttf",
            "droidsansfallback.ttf",
            "notosanscjk-regular.ttc",
            "msyh.ttc",
            "simsun.ttc");

    private static final Map<List<Path>, Map<String, Path>> LISTED = new ConcurrentHashMap<>();

    private SystemFonts() {}

    /**
     * @return the font folders looked in: those named by {@value #FOLDERS_PROPERTY}, else the usual
     *     folders of the systems that exist here, the user's own first
     */
    public static List<Path> folders() {
        String set = System.getProperty(FOLDERS_PROPERTY);
        if (set != null) {
            return Arrays.stream(set.split(java.io.File.pathSeparator))
                    .filter(s -> !s.isBlank())
                    .map(Path::of)
                    .filter(Files::isDirectory)
                    .toList();
        }
        String home = System.getProperty("user.home", "");
        List<Path> candidates = new ArrayList<>();
        if (!home.isEmpty()) {
            candidates.add(Path.of(home, ".local", "share", "fonts"));
            candidates.add(Path.of(home, ".fonts"));
            candidates.add(Path.of(home, "Library", "Fonts"));
        }
        candidates.add(Path.of("/usr/share/fonts"));
        candidates.add(Path.of("/usr/local/share/fonts"));
        candidates.add(Path.of("/Library/Fonts"));
        candidates.add(Path.of("/System/Library/Fonts"));
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            candidates.add(Path.of(windir, "Fonts"));
        }
        return candidates.stream().filter(Files::isDirectory).toList();
    }

    /**
     * @param names file names, lower case, best first
     * @return the first of them installed
     */
    public static Optional<Path> first(List<String> names) {
        Map<String, Path> files = LISTED.computeIfAbsent(folders(), SystemFonts::list);
        return names.stream().map(files::get).filter(p -> p != null).findFirst();
    }

    /**
     * @param names file names, lower case, best first
     * @return those installed, in that order
     */
    public static List<Path> all(List<String> names) {
        Map<String, Path> files = LISTED.computeIfAbsent(folders(), SystemFonts::list);
        return names.stream().map(files::get).filter(p -> p != null).toList();
    }

    /**
     * @param font a parsed font
     * @return whether PDFBox can embed it as a subset: it has TrueType ({@code glyf}) outlines
     * @throws IOException if its tables cannot be read
     */
    public static boolean embeddable(TrueTypeFont font) throws IOException {
        return font.getTableMap().containsKey("glyf");
    }

    /**
     * Reads the first embeddable face of a collection, skipping monospaced faces.
     *
     * @param collection a TrueType collection ({@code .ttc})
     * @return its first embeddable proportional face, if any
     * @throws IOException if it cannot be read
     */
    public static Optional<TrueTypeFont> embeddableFace(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] chosen = new TrueTypeFont[1];
        IOException[] failed = new IOException[1];
        collection.processAllFonts(f -> {
            try {
                if (chosen[0] == null && !f.getName().toLowerCase(Locale.ROOT).contains("mono") && embeddable(f)) {
                    chosen[0] = f;
                }
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (chosen[0] == null && failed[0] != null) {
            throw failed[0];
        }
        return Optional.ofNullable(chosen[0]);
    }

    /** @return every font file under the folders, by lower-case file name (the first found wins) */
    private static Map<String, Path> list(List<Path> folders) {
        Map<String, Path> files = new HashMap<>();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.walk(folder, 6)) {
                s.filter(Files::isRegularFile)
                        .sorted()
                        .forEach(p ->
                                files.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | UncheckedIOException e) {
                // an unreadable folder holds no font we can use
            }
        }
        return files;
    }
}

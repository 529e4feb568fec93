package org.targetcast.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The TrueType files behind font families, for embedding them in PDF files: AWT draws with installed
 * families but does not say which file holds one. The usual font folders of Linux, macOS and Windows (and
 * the user's own) are read once per JVM; each {@code .ttf}, {@code .otf} or {@code .ttc} file gives its
 * faces with {@link Font#createFonts(java.io.File)}, so a collection such as {@code wqy-microhei.ttc}
 * lists each of its faces. The logical families ({@code SansSerif}, {@code Dialog}) stand for the first
 * installed of {@link #SANS_FOR_LOGICAL}.
 */
final class FontFiles {
    /** Families a logical sans-serif font is embedded as, best first. */
    static final List<String> SANS_FOR_LOGICAL =
            List.of("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica");

    /**
     * One face in a font file.
     *
     * @param family the family name, e.g. {@code WenQuanYi Micro Hei}
     * @param postScriptName the face's PostScript name, which picks it out of a collection
     * @param bold whether the face is bold
     * @param file the file holding it
     */
    record Face(String family, String postScriptName, boolean bold, Path file) {
        /** @return whether the file is a TrueType collection ({@code .ttc}) */
        boolean inCollection() {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        }
    }

    private FontFiles() {}

    /**
     * @param font a font as charts draw it
     * @return the installed face to embed for it: same family (or a sans-serif for a logical family) and
     *     weight, else the regular face of that family; empty if no file holds the family
     */
    static Optional<Face> faceFor(Font font) {
        List<String> families =
                isLogical(font.getFamily(Locale.ROOT)) ? SANS_FOR_LOGICAL : List.of(font.getFamily(Locale.ROOT));
        for (String family : families) {
            Optional<Face> exact = Holder.FACES.stream()
                    .filter(f -> f.family().equalsIgnoreCase(family) && f.bold() == font.isBold())
                    .findFirst();
            if (exact.isPresent()) {
                return exact;
            }
            Optional<Face> any = Holder.FACES.stream()
                    .filter(f -> f.family().equalsIgnoreCase(family) && !f.bold())
                    .findFirst();
            if (any.isPresent()) {
                return any;
            }
        }
        return Optional.empty();
    }

    private static boolean isLogical(String family) {
        return List.of(Font.SANS_SERIF, Font.DIALOG, Font.DIALOG_INPUT).stream().anyMatch(family::equalsIgnoreCase);
    }

    /** @return font folders of the usual systems that exist here, the user's own first */
    static List<Path> folders() {
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

    /** @return the faces in one file; none if it cannot be read as a font */
    static List<Face> facesIn(Path file) {
        try {
            List<Face> faces = new ArrayList<>();
            for (Font f : Font.createFonts(file.toFile())) {
                faces.add(new Face(
                        f.getFamily(Locale.ROOT),
                        f.getPSName(),
                        f.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("bold"),
                        file));
            }
            return faces;
        } catch (IOException | FontFormatException e) {
            return List.of();
        }
    }

    private static final class Holder {
        static final List<Face> FACES = scan();

        private static List<Face> scan() {
            List<Face> faces = new ArrayList<>();
            for (Path folder : folders()) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(Files::isRegularFile)
                            .filter(p -> {
                                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                                return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc");
                            })
                            .sorted()
                            .forEach(p -> faces.addAll(facesIn(p)));
                } catch (IOException | java.io.UncheckedIOException e) {
                    // an unreadable folder holds no usable fonts
                }
            }
            return List.copyOf(faces);
        }
    }
}

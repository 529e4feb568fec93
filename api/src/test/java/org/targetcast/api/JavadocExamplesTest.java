package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public type of the facade has javadoc with an example. */
class JavadocExamplesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/targetcast/api");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|enum|interface)\\s+(\\w+)",
            Pattern.DOTALL);

    @Test
    void everyPublicTypeHasAnExample() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
                    .sorted()
                    .toList();
        }
        int publicTypes = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            boolean isPublic = Pattern.compile("^public\\s", Pattern.MULTILINE)
                    .matcher(text)
                    .find();
            if (!isPublic) {
                continue;
            }
            Matcher m = PUBLIC_TYPE.matcher(text);
            assertTrue(m.find(), f + ": a public type without javadoc");
            assertTrue(m.group(1).contains("<pre>{@code"), f + ": the javadoc of " + m.group(2) + " has no example");
            publicTypes++;
        }
        assertTrue(publicTypes >= 20, "the facade's public types were found: " + publicTypes);
        assertTrue(
                Files.readString(SOURCES.resolve("package-info.java")).contains("<pre>{@code"),
                "the package has an example");
    }
}

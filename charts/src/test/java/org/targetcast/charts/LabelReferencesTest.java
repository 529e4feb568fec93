package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code looks up is in the store of texts: the glossary's terms in the engine, the app and the
 * api, the labels in the charts. The modules above this one are read as source, from beside this module.
 */
class LabelReferencesTest {
    private static final List<String> MODULES = List.of("charts", "engine", "app", "api");

    /** The explorer's lookup, {@code text.text("reset")} for {@code explore.reset}. */
    private static final Pattern EXPLORER_LOOKUP =
            Pattern.compile("(?:(?<![\\w.])text|scenarioText|UiText\\.of\\([^)]*\\))\\.text\\(");

    @Test
    void everyKeyLookedUpInCodeIsInTheStore() {
        Map<String, String> sources = sources();
        assertTrue(sources.size() > 100, "read the sources of " + MODULES + ": " + sources.size() + " files");
        assertEquals(
                List.of(), LabelStoreChecks.unknownReferences(Labels.of(Lang.EN).keys(), sources));
    }

    @Test
    void everyExplorerTextLookedUpIsInTheStore() {
        Map<String, String> explorer = new TreeMap<>(sources());
        explorer.keySet().removeIf(f -> !f.contains("/app/explore/"));
        assertTrue(explorer.size() > 5, "read the explorer's sources: " + explorer.keySet());
        assertEquals(
                List.of(),
                LabelStoreChecks.unknownReferences(Labels.of(Lang.EN).keys(), explorer, EXPLORER_LOOKUP, "explore."));
        assertEquals(
                List.of("Window.java: explore.no.such.text"),
                LabelStoreChecks.unknownReferences(
                        Set.of("explore.reset"),
                        Map.of("Window.java", "text.text(\"reset\"); scenarioText.text(\"no.such.text\", 1);"),
                        EXPLORER_LOOKUP,
                        "explore."));
    }

    @Test
    void aKeyMissingFromTheStoreIsCaught() {
        Map<String, String> sources = Map.of(
                "Words.java",
                "a = Glossary.term(\"target\", lang);\n"
                        + "b = Glossary.term(\"no.such.key\", lang, 3);\n"
                        + "c = term(ok ? \"p.in\" : \"p.nowhere\", lang);\n"
                        + "d = Glossary.term(\"kind.\" + kind, lang) + term(\"nokind.\" + kind, lang);\n"
                        + "e = labels().text(Labels.AXIS_YEAR) + labels.text(\"legend.nothing\", f(1, 2));");
        assertEquals(
                List.of(
                        "Words.java: no.such.key",
                        "Words.java: p.nowhere",
                        "Words.java: nokind.…",
                        "Words.java: legend.nothing"),
                LabelStoreChecks.unknownReferences(Set.of("target", "p.in", "kind.fan"), sources));
    }

    /** @return the main sources of the modules that look texts up, by path from the project's root */
    private static Map<String, String> sources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        Map<String, String> sources = new TreeMap<>();
        for (String module : MODULES) {
            Path dir = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    sources.put(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}

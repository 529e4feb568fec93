package org.targetcast.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.targetcast.engine.io.ScenarioKeys.Place;

/** docs/scenarios.md, docs/scenario.schema.json and the reader accept exactly the same keys. */
class ScenarioDocsTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern ROW_KEY = Pattern.compile("^\\| `([^`]+)` \\|");

    /** @return the first-column keys of the markdown table under a heading */
    private static SortedSet<String> tableKeys(String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOCS.resolve("scenarios.md"), StandardCharsets.UTF_8);
        SortedSet<String> keys = new TreeSet<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inside = line.equals(heading);
                continue;
            }
            Matcher m = ROW_KEY.matcher(line);
            if (inside && m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(
            Map<String, Object> node, String prefix, Map<String, Object> defs, SortedSet<String> out) {
        Object ref = node.get("$ref");
        if (ref != null) {
            flatten((Map<String, Object>) defs.get(((String) ref).substring("#/$defs/".length())), prefix, defs, out);
        }
        Object props = node.get("properties");
        if (props != null) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) props).entrySet()) {
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                out.add(path);
                flatten((Map<String, Object>) e.getValue(), path, defs, out);
            }
        }
        if (node.get("items") instanceof Map<?, ?> items) {
            flatten((Map<String, Object>) items, prefix + "[]", defs, out);
        }
        for (String combiner : List.of("oneOf", "anyOf", "allOf")) {
            if (node.get(combiner) instanceof List<?> list) {
                list.forEach(o -> flatten((Map<String, Object>) o, prefix, defs, out));
            }
        }
    }

    /** @return every key path of the schema, components written as {@code components.<component>.x} */
    @SuppressWarnings("unchecked")
    private static SortedSet<String> schemaKeys() throws IOException {
        Map<String, Object> root = (Map<String, Object>)
                MiniJson.parse(Files.readString(DOCS.resolve("scenario.schema.json"), StandardCharsets.UTF_8));
        SortedSet<String> raw = new TreeSet<>();
        flatten(root, "", (Map<String, Object>) root.get("$defs"), raw);
        SortedSet<String> out = new TreeSet<>();
        raw.forEach(k -> out.add(k.replaceFirst("^components\\.(digital|other)\\.", "components.<component>.")));
        return out;
    }

    @Test
    void docsListEveryKeyTheReaderAcceptsAndNoOther() throws IOException {
        assertEquals(ScenarioKeys.scenarioPaths(), tableKeys("## Keys"));
    }

    @Test
    void schemaListsEveryKeyTheReaderAcceptsAndNoOther() throws IOException {
        assertEquals(ScenarioKeys.scenarioPaths(), schemaKeys());
    }

    @Test
    void docsListEveryKeyOfASetFile() throws IOException {
        assertEquals(new TreeSet<>(Place.SET.keys()), tableKeys("## Scenario sets"));
    }

    @Test
    void schemaModelEnumMatchesTheTrendFamilies() throws IOException {
        String schema = Files.readString(DOCS.resolve("scenario.schema.json"), StandardCharsets.UTF_8);
        String families = String.join("\", \"", org.targetcast.model.trend.TrendFamily.keys());
        assertEquals(true, schema.contains("\"enum\": [\"" + families + "\"]"), "model enum lists " + families);
    }

    @Test
    void readingAKeyNotListedInScenarioKeysIsADefect() {
        YamlTree.YMap empty = new YamlTree.YMap(new YamlTree.Where("x.yaml", 1, 1), Map.of());
        assertThrows(IllegalArgumentException.class, () -> Place.TOP.entry(empty, "grwoth"));
    }
}

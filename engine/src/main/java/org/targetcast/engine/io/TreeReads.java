package org.targetcast.engine.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.targetcast.engine.io.ScenarioKeys.Place;
import org.targetcast.engine.io.YamlTree.Entry;
import org.targetcast.engine.io.YamlTree.YMap;
import org.targetcast.engine.io.YamlTree.YScalar;

/**
 * The state of reading one scenario tree: the problems found so far, the scalar parser that adds to them,
 * and the location of every key read. Every key is looked up through {@link #entry}, which goes through
 * {@link ScenarioKeys} and records where the key was written.
 */
final class TreeReads {
    final List<InputException.Problem> problems = new ArrayList<>();
    final ScalarParser values = new ScalarParser(problems);
    final Locations locations;

    TreeReads(String file) {
        this.locations = new Locations(file);
    }

    /**
     * @param m a mapping of place {@code place}
     * @param place where the mapping is
     * @param path the mapping's key path
     * @param key a key of that place
     * @return the entry, or null if absent; its value's location is recorded under the key path
     */
    Entry entry(YMap m, Place place, String path, String key) {
        Entry e = place.entry(m, key);
        if (e != null) {
            locations.put(join(path, key), e.value().where());
        }
        return e;
    }

    /** Adds a problem for a missing required key, at the mapping that lacks it. */
    <T> T missing(YMap m, String path, String key, String expected) {
        problems.add(m.where().problem(join(path, key), "missing; expected " + expected));
        return null;
    }

    Integer optionalYear(YMap m, Place place, String path, String key, int min, int max) {
        Entry e = entry(m, place, path, key);
        return e == null ? null : values.year(e.value(), join(path, key), min, max);
    }

    Integer requiredYear(YMap m, Place place, String path, String key, int min, int max) {
        Entry e = entry(m, place, path, key);
        if (e == null) {
            return missing(m, path, key, "a year");
        }
        return values.year(e.value(), join(path, key), min, max);
    }

    int year(YMap m, Place place, String key, int min, int max, int fallback) {
        Integer y = optionalYear(m, place, "", key, min, max);
        return y == null ? fallback : y;
    }

    String text(YMap m, Place place, String key, Supplier<String> fallback) {
        Entry e = entry(m, place, "", key);
        if (e == null) {
            if (fallback == null) {
                missing(m, "", key, "a text");
                return "";
            }
            return fallback.get();
        }
        if (e.value() instanceof YScalar s && s.text() != null && !s.text().isBlank()) {
            return s.text().strip();
        }
        problems.add(e.value()
                .where()
                .problem(key, "expected a text, found " + e.value().describe()));
        return "";
    }

    /**
     * A text with the limits of {@link TextRules}: at most {@code max} characters and, with {@code oneLine},
     * no line break or tab; a problem at the value otherwise.
     */
    String text(YMap m, Place place, String key, Supplier<String> fallback, int max, boolean oneLine) {
        String t = text(m, place, key, fallback);
        Entry e = m.entries().get(key);
        if (e != null) {
            TextRules.problem(t, max, oneLine)
                    .ifPresent(p -> problems.add(e.value().where().problem(key, p)));
        }
        return t;
    }

    YMap map(YMap parent, Place place, String path, String key) {
        Entry e = entry(parent, place, path, key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof YMap m) {
            return m;
        }
        problems.add(e.value()
                .where()
                .problem(
                        join(path, key),
                        "expected a mapping of keys, found " + e.value().describe()));
        return null;
    }

    void checkKeys(YMap m, String path, Place place) {
        List<String> valid = place.keys();
        for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
            if (!valid.contains(e.getKey())) {
                String hint = Suggestions.nearest(e.getKey(), valid)
                        .map(s -> " (did you mean '" + s + "'?)")
                        .orElse("; expected one of " + String.join(", ", valid));
                problems.add(e.getValue().keyWhere().problem(join(path, e.getKey()), "unknown key" + hint));
            }
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}

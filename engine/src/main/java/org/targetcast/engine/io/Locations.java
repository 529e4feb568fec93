package org.targetcast.engine.io;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.targetcast.engine.io.YamlTree.Where;

/**
 * Where each key of a scenario was written: the key path ({@code components.digital.fit.from},
 * {@code targets[2].year}, {@code components.other.growth.2026-2028}) to file, line and column. Lets checks
 * made after reading (against the data) point at the place concerned. A key inherited through
 * {@code extends} points into the file that wrote it. Immutable once read.
 */
public final class Locations {
    private final String file;
    private final Map<String, Where> paths = new HashMap<>();
    private final Map<String, NavigableMap<Integer, String>> years = new HashMap<>();

    Locations(String file) {
        this.file = file;
    }

    /** @return the scenario file as the user named it */
    public String file() {
        return file;
    }

    void put(String path, Where where) {
        paths.put(path, where);
    }

    void putYear(String mapPath, int year, String keyPath) {
        years.computeIfAbsent(mapPath, k -> new TreeMap<>()).put(year, keyPath);
    }

    /**
     * @param mapPath a mapping of years, e.g. {@code components.digital.growth}
     * @param year a year it gives
     * @return the path of the entry that gives it, e.g. {@code components.digital.growth.2026-2035}
     */
    public Optional<String> yearKey(String mapPath, int year) {
        NavigableMap<Integer, String> m = years.get(mapPath);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(year));
    }

    /**
     * @param path a key path
     * @return whether the scenario (or a file it extends) gives that key
     */
    public boolean has(String path) {
        return paths.containsKey(path);
    }

    /**
     * A problem at a key, or at its nearest written parent when the key itself was not written (a default),
     * or at the file's first line and column when no parent was written either.
     *
     * @param path the key path
     * @param message what was expected and what was found
     * @return the located problem; for a key inherited from another file, the message says which scenario
     *     inherits it
     */
    public InputException.Problem problem(String path, String message) {
        String p = path;
        while (!p.isEmpty() && !paths.containsKey(p)) {
            p = parent(p);
        }
        Where w = p.isEmpty() ? new Where(file, 1, 1) : paths.get(p);
        String inherited = w.file().equals(file) ? "" : " (inherited by " + file + ")";
        return w.problem(path, message + inherited);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}

package org.targetcast.engine.io;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.targetcast.engine.io.YamlTree.Entry;
import org.targetcast.engine.io.YamlTree.YMap;

/**
 * Every key a scenario file may use, by place: the single list the reader checks against, reads through
 * ({@link Place#entry}) and the documentation is tested against. A key path is written as in the docs:
 * {@code components.<component>.fit.from}, {@code targets[].share}.
 */
final class ScenarioKeys {
    /** What stands for {@code digital} or {@code other} in a documented key path. */
    static final String COMPONENT = "<component>";

    /** A place in a scenario file (or a scenario set file) and the keys allowed there. */
    enum Place {
        /** The top of a scenario file. */
        TOP(
                "",
                "name",
                "extends",
                "title",
                "description",
                "title_zh",
                "description_zh",
                "data",
                "basis",
                "horizon",
                "baseline_year",
                "components",
                "targets",
                "uncertainty"),
        /** {@code components:}. */
        COMPONENTS("components", "digital", "other"),
        /** {@code components.digital:} or {@code components.other:}. */
        COMPONENT("components." + ScenarioKeys.COMPONENT, "model", "fit", "growth", "level_shocks", "volatility"),
        /** {@code components.<component>.fit:}. */
        FIT("components." + ScenarioKeys.COMPONENT + ".fit", "from", "to", "exclude", "shocks"),
        /** An item of {@code targets:} with a share. */
        SHARE_TARGET("targets[]", "year", "share", "reached_by"),
        /** An item of {@code targets:} with {@code digital_growth_at_least}. */
        GROWTH_TARGET("targets[]", "from", "to", "digital_growth_at_least", "reading"),
        /** {@code uncertainty:}. */
        UNCERTAINTY(
                "uncertainty",
                "method",
                "paths",
                "seed",
                "correlation",
                "persistence",
                "parameter_uncertainty",
                "tail_df",
                "variance_scale",
                "shocks",
                "families",
                "calibration"),
        /** The top of a scenario set file (not a scenario). */
        SET("", "title", "scenarios");

        private final String prefix;
        private final List<String> keys;

        Place(String prefix, String... keys) {
            this.prefix = prefix;
            this.keys = List.of(keys);
        }

        /** @return the keys allowed here, in documentation order */
        List<String> keys() {
            return keys;
        }

        /**
         * Reads a key of this place: the only way the reader looks up a key, so that it cannot read one
         * that is not listed here.
         *
         * @param m the mapping
         * @param key a key of this place
         * @return the entry, or null if the file does not give it
         * @throws IllegalArgumentException if {@code key} is not a key of this place (a defect)
         */
        Entry entry(YMap m, String key) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is not a key of " + name());
            }
            return m.entries().get(key);
        }
    }

    private ScenarioKeys() {}

    /** @return every key path of a scenario file, as documented (e.g. {@code components.<component>.fit.from}) */
    static SortedSet<String> scenarioPaths() {
        SortedSet<String> out = new TreeSet<>();
        for (Place p : Place.values()) {
            if (p != Place.SET) {
                p.keys().forEach(k -> out.add(p.prefix.isEmpty() ? k : p.prefix + "." + k));
            }
        }
        return Collections.unmodifiableSortedSet(out);
    }
}

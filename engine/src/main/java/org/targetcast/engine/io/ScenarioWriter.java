package org.targetcast.engine.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.targetcast.engine.io.YamlTree.Entry;
import org.targetcast.engine.io.YamlTree.YMap;
import org.targetcast.engine.io.YamlTree.YNode;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.scenario.Scenario;

/**
 * Writes a scenario file that {@code extends} another and sets some assumptions explicitly: the explorer's
 * "save as scenario". What {@link ScenarioReader} reads back from it is the extended scenario with each
 * assumption applied by {@link Assumption#apply} (and the new title and description):
 * <ul>
 * <li>a growth assumption becomes {@code components.<c>.growth} with the rate in every year from the first
 * projected year to the horizon. Growth mappings merge key by key with the extended file's, so a range the
 * extended file already states (say {@code 2026-2028}) is written again under the same key with the new
 * rate, and the other years under new keys; a range the extended file states for observed years (which
 * the projection does not use) also takes the new rate;</li>
 * <li>a volatility becomes {@code components.<c>.volatility}, the correlation {@code uncertainty.correlation}, the
 * variance scale {@code uncertainty.variance_scale}.</li>
 * </ul>
 * Numbers are written with {@link Double#toString}, which reads back to the same double.
 */
public final class ScenarioWriter {
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,4})\\s*(?:-\\s*(\\d{1,4}))?\\s*");

    private ScenarioWriter() {}

    /**
     * @param base the scenario extended, as loaded
     * @param baseFile its file
     * @param target the file to be written (the {@code extends} path is relative to its folder)
     * @param overrides the assumptions to set
     * @param firstProjectedYear the year after the latest observation
     * @return the YAML text
     * @throws InputException if the extended file no longer reads
     */
    public static String text(
            LoadedScenario base,
            Path baseFile,
            Path target,
            Map<Assumption, Double> overrides,
            int firstProjectedYear) {
        Scenario s = base.scenario();
        YNode tree = ScenarioReader.mergedTree(baseFile, base.file());
        StringBuilder out = new StringBuilder();
        out.append("# Saved from targetcast explore: ")
                .append(base.file())
                .append(" with the assumptions below set explicitly.\n");
        out.append("extends: ").append(quote(extendsPath(baseFile, target))).append('\n');
        out.append("title: ").append(quote(s.title() + " - explored")).append('\n');
        out.append("description: ").append(quote(describe(s, overrides))).append('\n');
        StringBuilder comps = new StringBuilder();
        component(
                comps,
                "digital",
                overrides.get(Assumption.DIGITAL_GROWTH),
                overrides.get(Assumption.DIGITAL_VOLATILITY),
                growthKeys(tree, "digital"),
                firstProjectedYear,
                s.horizon());
        component(
                comps,
                "other",
                overrides.get(Assumption.OTHER_GROWTH),
                overrides.get(Assumption.OTHER_VOLATILITY),
                growthKeys(tree, "other"),
                firstProjectedYear,
                s.horizon());
        if (comps.length() > 0) {
            out.append("components:\n").append(comps);
        }
        Double rho = overrides.get(Assumption.CORRELATION);
        Double scale = overrides.get(Assumption.VARIANCE_SCALE);
        if (rho != null || scale != null) {
            out.append("uncertainty:\n");
            if (rho != null) {
                out.append("  correlation: ").append(rho).append('\n');
            }
            if (scale != null) {
                out.append("  variance_scale: ").append(scale).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Writes {@link #text} to the target, replacing it only once the whole text is written.
     *
     * @param base the scenario extended
     * @param baseFile its file
     * @param target the file to write
     * @param overrides the assumptions to set
     * @param firstProjectedYear the year after the latest observation
     * @throws IOException if the file cannot be written
     */
    public static void write(
            LoadedScenario base, Path baseFile, Path target, Map<Assumption, Double> overrides, int firstProjectedYear)
            throws IOException {
        String text = text(base, baseFile, target, overrides, firstProjectedYear);
        Path dir = target.toAbsolutePath().getParent();
        Path partial = dir.resolve("." + target.getFileName() + ".part");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void component(
            StringBuilder out,
            String name,
            Double growth,
            Double volatility,
            List<String> parentKeys,
            int first,
            int horizon) {
        if (growth == null && volatility == null) {
            return;
        }
        out.append("  ").append(name).append(":\n");
        if (growth != null) {
            List<String> keys = new ArrayList<>();
            TreeSet<Integer> open = new TreeSet<>();
            for (int y = first; y <= horizon; y++) {
                open.add(y);
            }
            for (String k : parentKeys) {
                Matcher m = RANGE.matcher(k);
                if (m.matches()) {
                    int from = Integer.parseInt(m.group(1));
                    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                    keys.add(k.strip());
                    for (int y = from; y <= to; y++) {
                        open.remove(y);
                    }
                }
            }
            while (!open.isEmpty()) {
                int from = open.first();
                int to = from;
                while (open.contains(to + 1)) {
                    to++;
                }
                keys.add(from == to ? Integer.toString(from) : from + "-" + to);
                open.subSet(from, true, to, true).clear();
            }
            out.append("    growth: {");
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(keys.get(i)).append(": ").append(growth.doubleValue());
            }
            out.append("}\n");
        }
        if (volatility != null) {
            out.append("    volatility: ").append(volatility.doubleValue()).append('\n');
        }
    }

    /** @return the keys of {@code components.<c>.growth} in the merged tree of the extended file, in order */
    private static List<String> growthKeys(YNode tree, String component) {
        List<String> keys = new ArrayList<>();
        YNode comps = child(tree, "components");
        YNode growth = child(child(comps, component), "growth");
        if (growth instanceof YMap m) {
            keys.addAll(m.entries().keySet());
        }
        return keys;
    }

    private static YNode child(YNode node, String key) {
        if (node instanceof YMap m) {
            Entry e = m.entries().get(key);
            return e == null ? null : e.value();
        }
        return null;
    }

    private static String extendsPath(Path baseFile, Path target) {
        Path from = target.toAbsolutePath().normalize().getParent();
        Path to = baseFile.toAbsolutePath().normalize();
        try {
            return from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return to.toString().replace('\\', '/');
        }
    }

    private static String describe(Scenario s, Map<Assumption, Double> overrides) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Assumption, Double> e : overrides.entrySet()) {
            double v = e.getValue();
            parts.add(e.getKey().description() + " "
                    + (e.getKey().isRate()
                            ? String.format(Locale.ROOT, "%.1f %%", 100 * v)
                            : String.format(Locale.ROOT, "%.2f", v)));
        }
        String changed = parts.isEmpty() ? "no assumption changed" : String.join(", ", parts);
        return "As '" + s.title() + "', with " + changed + ".";
    }

    /** @return a double-quoted YAML scalar */
    static String quote(String text) {
        String t = text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\r", " ")
                .replace("\n", " ");
        return "\"" + t + "\"";
    }
}

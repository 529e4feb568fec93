package org.targetcast.engine.io;

import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.targetcast.charts.ShippedFont;
import org.targetcast.engine.io.ScenarioKeys.Place;
import org.targetcast.engine.io.YamlTree.Entry;
import org.targetcast.engine.io.YamlTree.YList;
import org.targetcast.engine.io.YamlTree.YMap;
import org.targetcast.engine.io.YamlTree.YNode;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.Basis;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.FitWindow;
import org.targetcast.model.scenario.GrowthPath;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.target.Target;
import org.targetcast.model.trend.Intervention;
import org.targetcast.model.trend.TrendFamily;

/**
 * Turns a merged scenario tree into a {@link Scenario}, collecting every problem with its location and
 * recording where each key was written ({@link Locations}). Defaults: {@code data: china}, {@code basis: mofcom},
 * {@code horizon: 2035}, {@code baseline_year: 2015}, each component {@code model: loglinear} fitted on all
 * years, and the policy targets ({@link TargetBinder}).
 */
final class ScenarioBinder {
    /** A scenario name: it names output files, so no path separators, no leading dot, nothing a shell or file system mangles. */
    static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]{0,63}");

    private static final java.util.regex.Pattern NAME_OUTSIDE = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}._-]");

    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;

    private final String defaultName;
    private final TreeReads reads;
    private final ScalarParser values;

    ScenarioBinder(String defaultName, String file) {
        this.defaultName = defaultName;
        this.reads = new TreeReads(file);
        this.values = reads.values;
    }

    private Chinese chinese = Chinese.NONE;

    /** @return the Chinese title and description of the last tree bound */
    Chinese chinese() {
        return chinese;
    }

    /** @return where each key of the last tree bound was written */
    Locations locations() {
        return reads.locations;
    }

    Scenario bind(YNode root) {
        YMap top = (YMap) root;
        reads.checkKeys(top, "", Place.TOP);
        reads.entry(top, Place.TOP, "", "extends");
        String name = reads.text(top, Place.TOP, "name", () -> defaultName);
        if (!NAME.matcher(name).matches() && top.entries().containsKey("name")) {
            reads.problems.add(top.entries()
                    .get("name")
                    .value()
                    .where()
                    .problem(
                            "name",
                            "expected a name of letters, digits, '.', '_' "
                                    + "and '-', not starting with '.' or '-', at most 64 characters (it names output files), found "
                                    + top.entries().get("name").value().describe()));
        } else if (!NAME.matcher(name).matches()) {
            name = NAME_OUTSIDE.matcher(name).replaceAll("-").replaceFirst("^[.-]+", "");
            name = name.isEmpty() ? "scenario" : name.substring(0, Math.min(64, name.length()));
        }
        String title = reads.text(top, Place.TOP, "title", null, TextRules.TITLE, true);
        String description = reads.text(top, Place.TOP, "description", () -> "", TextRules.DESCRIPTION, false);
        chinese = new Chinese(
                reads.text(top, Place.TOP, "title_zh", () -> "", TextRules.TITLE, true),
                reads.text(top, Place.TOP, "description_zh", () -> "", TextRules.DESCRIPTION, false));
        int missing = ShippedFont.firstMissing(chinese.title());
        if (missing >= 0) {
            int cp = chinese.title().codePointAt(missing);
            reads.problems.add(top.entries()
                    .get("title_zh")
                    .value()
                    .where()
                    .problem(
                            "title_zh",
                            String.format(
                                    java.util.Locale.ROOT,
                                    "'%s' (U+%04X) is not in targetcast's Chinese font (the 3,755 common characters of GB 2312"
                                            + " level 1 and the tool's own words), so Chinese charts could not draw it; use a"
                                            + " common character",
                                    Character.toString(cp),
                                    cp)));
        }
        String data = basis(top, reads.text(top, Place.TOP, "data", () -> "china", TextRules.WORD, true));
        int horizon = reads.year(top, Place.TOP, "horizon", MIN_YEAR, MAX_YEAR, 2035);
        int baseline = reads.year(top, Place.TOP, "baseline_year", MIN_YEAR, MAX_YEAR, 2015);
        YMap comps = reads.map(top, Place.TOP, "", "components");
        if (comps != null) {
            reads.checkKeys(comps, "components", Place.COMPONENTS);
        }
        ComponentSpec digital = component(comps, "digital", horizon);
        ComponentSpec other = component(comps, "other", horizon);
        List<Target> targets = new TargetBinder(reads).targets(top, horizon);
        UncertaintySpec uncertainty = new UncertaintyBinder(reads).uncertainty(top, comps);
        if (!reads.problems.isEmpty()) {
            reads.problems.sort(Comparator.comparing(InputException.Problem::file)
                    .thenComparingInt(InputException.Problem::line)
                    .thenComparingInt(InputException.Problem::column));
            throw new InputException(reads.problems);
        }
        try {
            return new Scenario(
                    name, title, description, data, horizon, baseline, digital, other, targets, uncertainty);
        } catch (ModelException e) {
            throw new InputException(List.of(top.where().problem("", e.getMessage())));
        }
    }

    /**
     * Applies {@code basis:} to the history named by {@code data:}: {@code mofcom} keeps {@code china},
     * {@code unctad} makes it {@code china@unctad}. Only the China history has a basis.
     */
    private String basis(YMap top, String data) {
        Entry e = reads.entry(top, Place.TOP, "", "basis");
        if (e == null) {
            return data;
        }
        String key = reads.text(top, Place.TOP, "basis", () -> "");
        if (key.isEmpty()) {
            return data;
        }
        Basis b;
        try {
            b = Basis.of(key);
        } catch (ModelException ex) {
            reads.problems.add(
                    e.value().where().problem("basis", "expected one of " + Basis.keys() + ", found '" + key + "'"));
            return data;
        }
        Basis named = Basis.ofHistory(data);
        if (named == null) {
            reads.problems.add(
                    e.value().where().problem("basis", "a basis applies to data: china only; data is '" + data + "'"));
            return data;
        }
        if (named != Basis.MOFCOM && named != b) {
            reads.problems.add(e.value().where().problem("basis", "basis " + b.key() + " contradicts data: " + data));
            return data;
        }
        return b.history();
    }

    private ComponentSpec component(YMap comps, String key, int horizon) {
        String path = "components." + key;
        YMap m = comps == null ? null : reads.map(comps, Place.COMPONENTS, "components", key);
        ComponentSpec spec = ComponentSpec.of(TrendFamily.LOG_LINEAR);
        if (m == null) {
            return spec;
        }
        reads.checkKeys(m, path, Place.COMPONENT);
        Entry model = reads.entry(m, Place.COMPONENT, path, "model");
        if (model != null) {
            String word = values.word(model.value(), path + ".model");
            if (word != null) {
                var family = TrendFamily.fromKey(word);
                if (family.isEmpty()) {
                    reads.problems.add(model.value()
                            .where()
                            .problem(
                                    path + ".model",
                                    "unknown model '" + word + "'"
                                            + Suggestions.didYouMean(word, List.of(TrendFamily.keys()))
                                            + "; expected one of " + String.join(", ", TrendFamily.keys())));
                } else if (key.equals("other") && family.get() == TrendFamily.LOGISTIC) {
                    reads.problems.add(model.value()
                            .where()
                            .problem(path + ".model", "'logistic' fits the share and is allowed for digital only"));
                } else {
                    spec = spec.withModel(family.get());
                }
            }
        }
        YMap fit = reads.map(m, Place.COMPONENT, path, "fit");
        if (fit != null) {
            spec = spec.withFit(fitWindow(fit, path + ".fit"));
        }
        YMap growth = reads.map(m, Place.COMPONENT, path, "growth");
        if (growth != null) {
            spec = spec.withGrowth(new GrowthPath(yearValues(growth, path + ".growth", horizon)));
        }
        YMap shocks = reads.map(m, Place.COMPONENT, path, "level_shocks");
        if (shocks != null) {
            spec = spec.withLevelShocks(yearValues(shocks, path + ".level_shocks", horizon));
        }
        return spec;
    }

    private FitWindow fitWindow(YMap fit, String path) {
        reads.checkKeys(fit, path, Place.FIT);
        Integer from = reads.optionalYear(fit, Place.FIT, path, "from", MIN_YEAR, MAX_YEAR);
        Integer to = reads.optionalYear(fit, Place.FIT, path, "to", MIN_YEAR, MAX_YEAR);
        if (from != null && to != null && from > to) {
            reads.problems.add(fit.entries()
                    .get("to")
                    .value()
                    .where()
                    .problem(path + ".to", "expected a year not before from = " + from + ", found " + to));
            to = null;
        }
        TreeSet<Integer> excluded = new TreeSet<>();
        Entry ex = reads.entry(fit, Place.FIT, path, "exclude");
        if (ex != null) {
            if (ex.value() instanceof YList list) {
                for (YNode item : list.items()) {
                    Integer y = values.year(item, path + ".exclude", MIN_YEAR, MAX_YEAR);
                    if (y != null) {
                        excluded.add(y);
                    }
                }
            } else {
                reads.problems.add(ex.value()
                        .where()
                        .problem(
                                path + ".exclude",
                                "expected a list of years such as [2020, 2021, 2022], found "
                                        + ex.value().describe()));
            }
        }
        List<Intervention> shocks = shocks(reads.entry(fit, Place.FIT, path, "shocks"), path + ".shocks", excluded);
        return new FitWindow(from, to, excluded, shocks);
    }

    /**
     * {@code shocks:} as a list of years (additive outliers) or a mapping of years to {@code outlier} or
     * {@code level_shift}. A year that is also excluded is refused.
     */
    private List<Intervention> shocks(Entry e, String path, java.util.Set<Integer> excluded) {
        List<Intervention> out = new java.util.ArrayList<>();
        if (e == null) {
            return out;
        }
        if (e.value() instanceof YList list) {
            for (YNode item : list.items()) {
                Integer y = values.year(item, path, MIN_YEAR, MAX_YEAR);
                if (y != null) {
                    addShock(out, Intervention.outlier(y), item.where(), path, excluded);
                }
            }
        } else if (e.value() instanceof YMap m) {
            for (Entry s : m.entries().values()) {
                int[] range = values.yearRange(s, path, MIN_YEAR, MAX_YEAR);
                String kind = values.word(s.value(), path + "." + s.key());
                if (range == null || kind == null) {
                    continue;
                }
                String k = kind.toLowerCase(java.util.Locale.ROOT);
                if (!SHOCK_KINDS.contains(k)) {
                    reads.problems.add(s.value()
                            .where()
                            .problem(
                                    path + "." + s.key(),
                                    "unknown shock '" + kind + "'" + Suggestions.didYouMean(kind, SHOCK_KINDS)
                                            + "; expected outlier or level_shift"));
                    continue;
                }
                for (int y = range[0]; y <= range[1]; y++) {
                    addShock(
                            out,
                            k.equals("outlier") ? Intervention.outlier(y) : Intervention.levelShift(y),
                            s.keyWhere(),
                            path,
                            excluded);
                }
            }
        } else {
            reads.problems.add(e.value()
                    .where()
                    .problem(
                            path,
                            "expected a list of years such as [2020, 2021] (one-off outliers) or a"
                                    + " mapping such as {2020: level_shift}, found "
                                    + e.value().describe()));
        }
        return out;
    }

    private static final List<String> SHOCK_KINDS = List.of("outlier", "level_shift");

    private void addShock(
            List<Intervention> out,
            Intervention i,
            YamlTree.Where where,
            String path,
            java.util.Set<Integer> excluded) {
        if (excluded.contains(i.year())) {
            reads.problems.add(where.problem(
                    path, "year " + i.year() + " is also excluded; a year is either left out or modelled as a shock"));
        } else if (out.stream().anyMatch(o -> o.year() == i.year())) {
            reads.problems.add(where.problem(path, "year " + i.year() + " is given twice"));
        } else {
            out.add(i);
        }
    }

    /** A mapping of single years or ranges ({@code 2026-2035}) to fractions (0.09, "9%", "+5 %"), each from −90 % to +100 %. */
    private SortedMap<Integer, Double> yearValues(YMap m, String path, int horizon) {
        SortedMap<Integer, Double> out = new TreeMap<>();
        for (Entry e : m.entries().values()) {
            String keyPath = path + "." + e.key().strip();
            reads.locations.put(keyPath, e.keyWhere());
            int[] range = values.yearRange(e, path, MIN_YEAR, horizon);
            Double v = values.rate(e.value(), path + "." + e.key());
            if (range == null || v == null) {
                continue;
            }
            for (int y = range[0]; y <= range[1]; y++) {
                reads.locations.putYear(path, y, keyPath);
                if (out.put(y, v) != null) {
                    reads.problems.add(e.keyWhere().problem(path + "." + e.key(), "year " + y + " is given twice"));
                }
            }
        }
        return out;
    }
}

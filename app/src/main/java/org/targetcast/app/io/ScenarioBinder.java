package org.targetcast.app.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.targetcast.app.io.YamlTree.Entry;
import org.targetcast.app.io.YamlTree.YList;
import org.targetcast.app.io.YamlTree.YMap;
import org.targetcast.app.io.YamlTree.YNode;
import org.targetcast.app.io.YamlTree.YScalar;
import org.targetcast.model.ModelException;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.FitWindow;
import org.targetcast.model.scenario.GrowthPath;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.trend.TrendFamily;

/**
 * Turns a merged scenario tree into a {@link Scenario}, collecting every problem with its location.
 * Defaults: {@code data: china}, {@code horizon: 2035}, {@code baseline_year: 2015}, each component
 * {@code model: loglinear} fitted on all years, and the policy targets (share at least 45 % in 2029, at
 * least 50 % in 2035, digital growth at least 0 every year 2025–2029).
 */
final class ScenarioBinder {
    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;

    private final String defaultName;
    private final List<InputException.Problem> problems = new ArrayList<>();
    private final ScalarParser values = new ScalarParser(problems);

    ScenarioBinder(String defaultName) {
        this.defaultName = defaultName;
    }

    Scenario bind(YNode root) {
        YMap top = (YMap) root;
        checkKeys(top, "", ScenarioKeys.TOP);
        String name = text(top, "name", "", () -> defaultName);
        String title = text(top, "title", "", null);
        String description = text(top, "description", "", () -> "");
        String data = text(top, "data", "", () -> "china");
        int horizon = year(top, "horizon", "", 2035);
        int baseline = year(top, "baseline_year", "", 2015);
        YMap comps = map(top, "components", "");
        ComponentSpec digital = component(comps, "digital", horizon);
        ComponentSpec other = component(comps, "other", horizon);
        List<Target> targets = targets(top, horizon);
        UncertaintySpec uncertainty = uncertainty(top, comps);
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(InputException.Problem::file)
                    .thenComparingInt(InputException.Problem::line).thenComparingInt(InputException.Problem::column));
            throw new InputException(problems);
        }
        try {
            return new Scenario(name, title, description, data, horizon, baseline, digital, other, targets, uncertainty);
        } catch (ModelException e) {
            throw new InputException(List.of(top.where().problem("", e.getMessage())));
        }
    }

    private ComponentSpec component(YMap comps, String key, int horizon) {
        String path = "components." + key;
        YMap m = comps == null ? null : map(comps, key, "components");
        ComponentSpec spec = ComponentSpec.of(TrendFamily.LOG_LINEAR);
        if (m == null) {
            return spec;
        }
        checkKeys(m, path, ScenarioKeys.COMPONENT);
        Entry model = m.entries().get("model");
        if (model != null) {
            String word = values.word(model.value(), path + ".model");
            if (word != null) {
                var family = TrendFamily.fromKey(word);
                if (family.isEmpty()) {
                    problems.add(model.value().where().problem(path + ".model", "unknown model '" + word + "'"
                            + Suggestions.nearest(word, List.of(TrendFamily.keys())).map(s -> " (did you mean '" + s + "'?)").orElse("")
                            + "; expected one of " + String.join(", ", TrendFamily.keys())));
                } else if (key.equals("other") && family.get() == TrendFamily.LOGISTIC) {
                    problems.add(model.value().where().problem(path + ".model", "'logistic' fits the share and is allowed for digital only"));
                } else {
                    spec = spec.withModel(family.get());
                }
            }
        }
        YMap fit = map(m, "fit", path);
        if (fit != null) {
            spec = spec.withFit(fitWindow(fit, path + ".fit"));
        }
        YMap growth = map(m, "growth", path);
        if (growth != null) {
            spec = spec.withGrowth(new GrowthPath(yearValues(growth, path + ".growth", horizon)));
        }
        YMap shocks = map(m, "level_shocks", path);
        if (shocks != null) {
            spec = spec.withLevelShocks(yearValues(shocks, path + ".level_shocks", horizon));
        }
        return spec;
    }

    private UncertaintySpec uncertainty(YMap top, YMap comps) {
        UncertaintySpec d = UncertaintySpec.defaults();
        Double volD = volatility(comps, "digital");
        Double volO = volatility(comps, "other");
        YMap u = map(top, "uncertainty", "");
        if (u == null) {
            return new UncertaintySpec(d.method(), d.paths(), d.seed(), volD, volO, null, 0, false, null);
        }
        checkKeys(u, "uncertainty", ScenarioKeys.UNCERTAINTY);
        UncertaintySpec.Method method = d.method();
        Entry m = u.entries().get("method");
        if (m != null) {
            String word = values.word(m.value(), "uncertainty.method");
            List<String> valid = List.of("auto", "analytic", "montecarlo");
            if (word != null && valid.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                method = UncertaintySpec.Method.valueOf(word.toUpperCase(java.util.Locale.ROOT));
            } else if (word != null) {
                problems.add(m.value().where().problem("uncertainty.method", "unknown method '" + word + "'"
                        + Suggestions.didYouMean(word, valid) + "; expected one of auto, analytic, montecarlo"));
            }
        }
        Long paths = values.integer(u.entries().get("paths"), "uncertainty.paths", 1_000, 100_000_000);
        Long seed = values.integer(u.entries().get("seed"), "uncertainty.seed", Long.MIN_VALUE, Long.MAX_VALUE);
        Double correlation = values.number(u.entries().get("correlation"), "uncertainty.correlation", -1, 1);
        Double persistence = values.number(u.entries().get("persistence"), "uncertainty.persistence", 0, 0.99);
        Entry pu = u.entries().get("parameter_uncertainty");
        Boolean parameter = pu == null ? Boolean.FALSE : values.bool(pu.value(), "uncertainty.parameter_uncertainty");
        Double df = values.number(u.entries().get("tail_df"), "uncertainty.tail_df", 2.01, 1e6);
        Double scale = values.number(u.entries().get("variance_scale"), "uncertainty.variance_scale", 0.0001, 10_000);
        if (method == UncertaintySpec.Method.ANALYTIC && df != null) {
            problems.add(u.entries().get("tail_df").value().where().problem("uncertainty.tail_df",
                    "method analytic needs Gaussian shocks; remove tail_df or use method auto"));
            df = null;
        }
        return new UncertaintySpec(method, paths == null ? d.paths() : paths.intValue(), seed == null ? d.seed() : seed,
                volD, volO, correlation, persistence == null ? 0 : persistence, parameter != null && parameter, df,
                scale == null ? 1.0 : scale);
    }

    private Double volatility(YMap comps, String key) {
        if (comps == null || !(comps.entries().get(key) != null && comps.entries().get(key).value() instanceof YMap c)) {
            return null;
        }
        return values.number(c.entries().get("volatility"), "components." + key + ".volatility", 0, 2);
    }

    private FitWindow fitWindow(YMap fit, String path) {
        checkKeys(fit, path, ScenarioKeys.FIT);
        Integer from = optionalYear(fit, "from", path);
        Integer to = optionalYear(fit, "to", path);
        if (from != null && to != null && from > to) {
            problems.add(fit.entries().get("to").value().where().problem(path + ".to",
                    "expected a year not before from = " + from + ", found " + to));
            to = null;
        }
        TreeSet<Integer> excluded = new TreeSet<>();
        Entry ex = fit.entries().get("exclude");
        if (ex != null) {
            if (ex.value() instanceof YList list) {
                for (YNode item : list.items()) {
                    Integer y = values.year(item, path + ".exclude", MIN_YEAR, MAX_YEAR);
                    if (y != null) {
                        excluded.add(y);
                    }
                }
            } else {
                problems.add(ex.value().where().problem(path + ".exclude", "expected a list of years such as [2020, 2021, 2022], found " + ex.value().describe()));
            }
        }
        return new FitWindow(from, to, excluded);
    }

    /** A mapping of single years or ranges ({@code 2026-2035}) to fractions (0.09, "9%", "+5 %"), each above −1. */
    private SortedMap<Integer, Double> yearValues(YMap m, String path, int horizon) {
        SortedMap<Integer, Double> out = new TreeMap<>();
        for (Entry e : m.entries().values()) {
            int[] range = values.yearRange(e, path, MIN_YEAR, horizon);
            Double v = values.fraction(e.value(), path + "." + e.key(), -1, Double.POSITIVE_INFINITY, false);
            if (range == null || v == null) {
                continue;
            }
            for (int y = range[0]; y <= range[1]; y++) {
                if (out.put(y, v) != null) {
                    problems.add(e.keyWhere().problem(path + "." + e.key(), "year " + y + " is given twice"));
                }
            }
        }
        return out;
    }

    private List<Target> targets(YMap top, int horizon) {
        Entry e = top.entries().get("targets");
        if (e == null) {
            return List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.50), new GrowthTarget(2025, 2029, 0.0));
        }
        if (!(e.value() instanceof YList list)) {
            problems.add(e.value().where().problem("targets", "expected a list of targets, found " + e.value().describe()));
            return List.of();
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = "targets[" + (i + 1) + "]";
            if (!(list.items().get(i) instanceof YMap t)) {
                problems.add(list.items().get(i).where().problem(path, "expected a mapping such as {year: 2029, share: 0.45}, found " + list.items().get(i).describe()));
                continue;
            }
            if (t.entries().containsKey("digital_growth_at_least")) {
                checkKeys(t, path, ScenarioKeys.GROWTH_TARGET);
                Integer from = requiredYear(t, "from", path, horizon);
                Integer to = requiredYear(t, "to", path, horizon);
                Double g = values.fraction(t.entries().get("digital_growth_at_least").value(), path + ".digital_growth_at_least", -1, Double.POSITIVE_INFINITY, false);
                if (from != null && to != null && from > to) {
                    problems.add(t.entries().get("to").value().where().problem(path + ".to", "expected a year not before from = " + from + ", found " + to));
                } else if (from != null && to != null && g != null) {
                    out.add(new GrowthTarget(from, to, g));
                }
            } else {
                checkKeys(t, path, ScenarioKeys.SHARE_TARGET);
                Integer year = requiredYear(t, "year", path, horizon);
                Entry s = t.entries().get("share");
                Double share = s == null ? missing(t, path, "share", "a share between 0 and 1 such as 0.45 or \"45%\"")
                        : values.fraction(s.value(), path + ".share", 0, 1, true);
                Entry rb = t.entries().get("reached_by");
                Boolean reachedBy = rb == null ? Boolean.FALSE : values.bool(rb.value(), path + ".reached_by");
                if (year != null && share != null && reachedBy != null) {
                    out.add(new ShareTarget(year, share, reachedBy));
                }
            }
        }
        return out;
    }

    private Integer requiredYear(YMap m, String key, String path, int horizon) {
        Entry e = m.entries().get(key);
        if (e == null) {
            missing(m, path, key, "a year");
            return null;
        }
        return values.year(e.value(), path + "." + key, MIN_YEAR, horizon);
    }

    private Double missing(YMap m, String path, String key, String expected) {
        problems.add(m.where().problem(join(path, key), "missing; expected " + expected));
        return null;
    }

    private Integer optionalYear(YMap m, String key, String path) {
        Entry e = m.entries().get(key);
        return e == null ? null : values.year(e.value(), path + "." + key, MIN_YEAR, MAX_YEAR);
    }

    private int year(YMap m, String key, String path, int fallback) {
        Entry e = m.entries().get(key);
        if (e == null) {
            return fallback;
        }
        Integer y = values.year(e.value(), join(path, key), MIN_YEAR, MAX_YEAR);
        return y == null ? fallback : y;
    }

    private String text(YMap m, String key, String path, Supplier<String> fallback) {
        Entry e = m.entries().get(key);
        if (e == null) {
            if (fallback == null) {
                problems.add(m.where().problem(join(path, key), "missing; expected a text"));
                return "";
            }
            return fallback.get();
        }
        if (e.value() instanceof YScalar s && s.text() != null && !s.text().isBlank()) {
            return s.text().strip();
        }
        problems.add(e.value().where().problem(join(path, key), "expected a text, found " + e.value().describe()));
        return "";
    }

    private YMap map(YMap parent, String key, String path) {
        Entry e = parent.entries().get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof YMap m) {
            return m;
        }
        problems.add(e.value().where().problem(join(path, key), "expected a mapping of keys, found " + e.value().describe()));
        return null;
    }

    private void checkKeys(YMap m, String path, List<String> valid) {
        for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
            if (!valid.contains(e.getKey())) {
                String hint = Suggestions.nearest(e.getKey(), valid).map(s -> " (did you mean '" + s + "'?)")
                        .orElse("; expected one of " + String.join(", ", valid));
                problems.add(e.getValue().keyWhere().problem(join(path, e.getKey()), "unknown key" + hint));
            }
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}

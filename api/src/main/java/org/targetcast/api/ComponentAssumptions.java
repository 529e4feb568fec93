package org.targetcast.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a scenario built in code assumes for one component (digital or other trade): the trend family, the
 * years it is fitted on, explicit growth, level shocks and volatility; the keys of
 * {@code components.<component>} in a scenario file (docs/scenarios.md). Immutable: every method returns a
 * copy. Values are checked when the scenario is built, by the scenario reader's rules.
 *
 * <pre>{@code
 * ScenarioSource s = Scenarios.builder("damped-other")
 *         .title("Other trade on a damped trend")
 *         .other(c -> c.model("damped").fitFrom(2010).shocks(2020, 2021, 2022))
 *         .digital(c -> c.growth(2026, 2035, 0.09).volatility(0.04))
 *         .build();
 * }</pre>
 */
public final class ComponentAssumptions {
    private static final ComponentAssumptions DEFAULTS =
            new ComponentAssumptions(null, null, null, List.of(), List.of(), Map.of(), Map.of(), null);

    private final String model;
    private final Integer fitFrom;
    private final Integer fitTo;
    private final List<Integer> exclude;
    private final List<Integer> shocks;
    private final Map<String, Double> growth;
    private final Map<String, Double> levelShocks;
    private final Double volatility;

    private ComponentAssumptions(
            String model,
            Integer fitFrom,
            Integer fitTo,
            List<Integer> exclude,
            List<Integer> shocks,
            Map<String, Double> growth,
            Map<String, Double> levelShocks,
            Double volatility) {
        this.model = model;
        this.fitFrom = fitFrom;
        this.fitTo = fitTo;
        this.exclude = List.copyOf(exclude);
        this.shocks = List.copyOf(shocks);
        this.growth = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(growth));
        this.levelShocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levelShocks));
        this.volatility = volatility;
    }

    /** @return the defaults of a scenario file: a log-linear trend fitted to every observed year */
    static ComponentAssumptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param family {@code loglinear}, {@code linear}, {@code drift}, {@code damped}, {@code logistic} (digital
     *     only), {@code auto} or {@code combo}
     * @return a copy with that trend family
     */
    public ComponentAssumptions model(String family) {
        Failures.required(family, "model", "loglinear, linear, drift, damped, logistic, auto or combo");
        return new ComponentAssumptions(family, fitFrom, fitTo, exclude, shocks, growth, levelShocks, volatility);
    }

    /**
     * @param year the first year fitted
     * @return a copy fitted from that year
     */
    public ComponentAssumptions fitFrom(int year) {
        return new ComponentAssumptions(model, year, fitTo, exclude, shocks, growth, levelShocks, volatility);
    }

    /**
     * @param year the last year fitted
     * @return a copy fitted up to that year
     */
    public ComponentAssumptions fitTo(int year) {
        return new ComponentAssumptions(model, fitFrom, year, exclude, shocks, growth, levelShocks, volatility);
    }

    /**
     * @param years years left out of the fit
     * @return a copy leaving exactly those years out
     */
    public ComponentAssumptions exclude(int... years) {
        Failures.required(years, "fit.exclude", "a list of years");
        return new ComponentAssumptions(model, fitFrom, fitTo, list(years), shocks, growth, levelShocks, volatility);
    }

    /**
     * @param years years kept in the fit but modelled as one-off outliers
     * @return a copy with exactly those shocks
     */
    public ComponentAssumptions shocks(int... years) {
        Failures.required(years, "fit.shocks", "a list of years");
        return new ComponentAssumptions(model, fitFrom, fitTo, exclude, list(years), growth, levelShocks, volatility);
    }

    /**
     * @param year a projected year
     * @param rate the component's growth in that year, e.g. {@code 0.09}
     * @return a copy with that growth added
     */
    public ComponentAssumptions growth(int year, double rate) {
        return withGrowth(String.valueOf(year), rate);
    }

    /**
     * @param from first projected year
     * @param to last projected year (included)
     * @param rate the component's yearly growth over those years
     * @return a copy with that growth added
     */
    public ComponentAssumptions growth(int from, int to, double rate) {
        return withGrowth(from + "-" + to, rate);
    }

    /**
     * @param year a projected year
     * @param change a permanent one-off change of the level in that year, e.g. {@code 0.05} for +5 %
     * @return a copy with that level shock added
     */
    public ComponentAssumptions levelShock(int year, double change) {
        Map<String, Double> m = new LinkedHashMap<>(levelShocks);
        m.put(String.valueOf(year), change);
        return new ComponentAssumptions(model, fitFrom, fitTo, exclude, shocks, growth, m, volatility);
    }

    /**
     * @param sd standard deviation of the component's yearly log growth
     * @return a copy with that volatility instead of the one estimated from the fit
     */
    public ComponentAssumptions volatility(double sd) {
        return new ComponentAssumptions(model, fitFrom, fitTo, exclude, shocks, growth, levelShocks, sd);
    }

    private ComponentAssumptions withGrowth(String key, double rate) {
        Map<String, Double> m = new LinkedHashMap<>(growth);
        m.put(key, rate);
        return new ComponentAssumptions(model, fitFrom, fitTo, exclude, shocks, m, levelShocks, volatility);
    }

    private static List<Integer> list(int... years) {
        List<Integer> out = new ArrayList<>();
        for (int y : years) {
            out.add(y);
        }
        return out;
    }

    /** @return the component's keys as YAML lines, indented by {@code indent}; empty for the defaults */
    List<String> yaml(String indent) {
        List<String> lines = new ArrayList<>();
        if (model != null) {
            lines.add(indent + "model: " + Yaml.text(model));
        }
        List<String> fit = new ArrayList<>();
        if (fitFrom != null) {
            fit.add("from: " + fitFrom);
        }
        if (fitTo != null) {
            fit.add("to: " + fitTo);
        }
        if (!exclude.isEmpty()) {
            fit.add("exclude: " + exclude);
        }
        if (!shocks.isEmpty()) {
            fit.add("shocks: " + shocks);
        }
        if (!fit.isEmpty()) {
            lines.add(indent + "fit: {" + String.join(", ", fit) + "}");
        }
        if (!growth.isEmpty()) {
            lines.add(indent + "growth: " + rates(growth));
        }
        if (!levelShocks.isEmpty()) {
            lines.add(indent + "level_shocks: " + rates(levelShocks));
        }
        if (volatility != null) {
            lines.add(indent + "volatility: " + Yaml.number(volatility));
        }
        return lines;
    }

    private static String rates(Map<String, Double> m) {
        return m.entrySet().stream()
                .map(e -> e.getKey() + ": " + Yaml.number(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}

package org.targetcast.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A scenario written in code. Immutable: each method returns a copy, so a builder can be the common start of
 * several variants. {@link #build()} writes the scenario as YAML ({@link #yaml()}) and reads it with the
 * scenario reader, so a built scenario obeys exactly the rules of a file, its problems are reported by line of
 * that text, and the text can be saved and run with the command line. Keys not set keep a scenario file's
 * defaults (docs/scenarios.md): history {@code china}, horizon 2035, log-linear trends on every observed year,
 * the policy targets.
 *
 * <pre>{@code
 * ScenarioSource baseline = Scenarios.builder("baseline")
 *         .title("Baseline - fitted trends, pandemic years left out")
 *         .digital(c -> c.model("loglinear").fitFrom(2015).exclude(2020, 2021, 2022))
 *         .other(c -> c.model("loglinear").fitFrom(2015).exclude(2020, 2021, 2022))
 *         .shareTarget(2029, 0.45).shareTarget(2035, 0.50).growthTarget(2025, 2029, 0.0)
 *         .shocks("history").calibration("panel").families("drift", "loglinear", "damped")
 *         .build();
 * }</pre>
 */
public final class ScenarioBuilder {
    private final String name;
    private final Map<String, String> top;
    private final ComponentAssumptions digital;
    private final ComponentAssumptions other;
    private final List<String> targets;
    private final Map<String, String> uncertainty;

    private ScenarioBuilder(
            String name,
            Map<String, String> top,
            ComponentAssumptions digital,
            ComponentAssumptions other,
            List<String> targets,
            Map<String, String> uncertainty) {
        this.name = name;
        this.top = top;
        this.digital = digital;
        this.other = other;
        this.targets = targets;
        this.uncertainty = uncertainty;
    }

    /**
     * @param name the scenario's name (tables, charts, file names)
     * @return a builder with the defaults of a scenario file, titled by its name
     */
    public static ScenarioBuilder named(String name) {
        Objects.requireNonNull(name, "name");
        Map<String, String> top = new LinkedHashMap<>();
        top.put("name", Yaml.text(Failures.required(name, "name", "a name")));
        top.put("title", Yaml.text(name));
        return new ScenarioBuilder(
                name, top, ComponentAssumptions.defaults(), ComponentAssumptions.defaults(), null, Map.of());
    }

    /**
     * @param text one line for tables and charts
     * @return a copy with that title
     */
    public ScenarioBuilder title(String text) {
        return withTop("title", Yaml.text(Failures.required(text, "title", "a text")));
    }

    /**
     * @param text the assumptions in words
     * @return a copy with that description
     */
    public ScenarioBuilder description(String text) {
        return withTop("description", Yaml.text(Failures.required(text, "description", "a text")));
    }

    /**
     * @param history {@code china}, {@code unctad:<Economy>} or {@code unctad:<Economy>/exports} (or {@code /imports})
     * @return a copy projecting from that history
     */
    public ScenarioBuilder data(String history) {
        return withTop("data", Yaml.text(Failures.required(history, "data", "a text")));
    }

    /**
     * @param year the last projected year
     * @return a copy with that horizon
     */
    public ScenarioBuilder horizon(int year) {
        return withTop("horizon", String.valueOf(year));
    }

    /**
     * @param year the base year of the on-track ratio
     * @return a copy with that base year
     */
    public ScenarioBuilder baselineYear(int year) {
        return withTop("baseline_year", String.valueOf(year));
    }

    /**
     * @param change how to change the digital component's assumptions, e.g. {@code c -> c.model("damped")}
     * @return a copy with the changed assumptions
     */
    public ScenarioBuilder digital(UnaryOperator<ComponentAssumptions> change) {
        Failures.required(change, "components.digital", "a change of the assumptions such as c -> c.model(\"damped\")");
        return new ScenarioBuilder(name, top, change.apply(digital), other, targets, uncertainty);
    }

    /**
     * @param change how to change the other component's assumptions
     * @return a copy with the changed assumptions
     */
    public ScenarioBuilder other(UnaryOperator<ComponentAssumptions> change) {
        Failures.required(change, "components.other", "a change of the assumptions such as c -> c.model(\"damped\")");
        return new ScenarioBuilder(name, top, digital, change.apply(other), targets, uncertainty);
    }

    /**
     * @param from first projected year
     * @param to last projected year
     * @param rate digital trade's yearly growth over those years
     * @return a copy with that explicit digital growth
     */
    public ScenarioBuilder digitalGrowth(int from, int to, double rate) {
        return digital(c -> c.growth(from, to, rate));
    }

    /**
     * A target judged in its year: the share at least {@code share} in {@code year}. The first target added
     * replaces the default policy targets.
     *
     * @param year the target year
     * @param share the share to reach, e.g. {@code 0.45}
     * @return a copy with the target added
     */
    public ScenarioBuilder shareTarget(int year, double share) {
        return withTarget("{year: " + year + ", share: " + Yaml.number(share) + "}");
    }

    /**
     * A target met if the share reaches {@code share} in any year up to {@code year}.
     *
     * @param year the last year
     * @param share the share to reach
     * @return a copy with the target added
     */
    public ScenarioBuilder shareReachedBy(int year, double share) {
        return withTarget("{year: " + year + ", share: " + Yaml.number(share) + ", reached_by: true}");
    }

    /**
     * @param from first year
     * @param to last year
     * @param atLeast the growth digital trade must reach every year from {@code from} to {@code to}
     * @return a copy with the growth target added
     */
    public ScenarioBuilder growthTarget(int from, int to, double atLeast) {
        return withTarget(
                "{from: " + from + ", to: " + to + ", digital_growth_at_least: " + Yaml.number(atLeast) + "}");
    }

    /** @return a copy judged against no target */
    public ScenarioBuilder noTargets() {
        return new ScenarioBuilder(name, top, digital, other, List.of(), uncertainty);
    }

    /**
     * @param paths simulated paths, 1000 to 100000000
     * @return a copy with that number of paths
     */
    public ScenarioBuilder paths(int paths) {
        return withUncertainty("paths", String.valueOf(paths));
    }

    /**
     * @param seed seed of the random streams
     * @return a copy with that seed
     */
    public ScenarioBuilder seed(long seed) {
        return withUncertainty("seed", String.valueOf(seed));
    }

    /**
     * @param method {@code auto}, {@code analytic} or {@code montecarlo}
     * @return a copy computing probabilities that way
     */
    public ScenarioBuilder method(String method) {
        return withUncertainty("method", Yaml.text(Failures.required(method, "uncertainty.method", "a text")));
    }

    /**
     * @param rho correlation of the components' growth shocks, −1 to 1
     * @return a copy with that correlation instead of the estimated one
     */
    public ScenarioBuilder correlation(double rho) {
        return withUncertainty("correlation", Yaml.number(rho));
    }

    /**
     * @param phi AR(1) coefficient of the growth shocks, 0 to 0.99
     * @return a copy with that persistence
     */
    public ScenarioBuilder persistence(double phi) {
        return withUncertainty("persistence", Yaml.number(phi));
    }

    /**
     * @param on whether each path draws its trend growth from the estimator's distribution
     * @return a copy with that setting
     */
    public ScenarioBuilder parameterUncertainty(boolean on) {
        return withUncertainty("parameter_uncertainty", String.valueOf(on));
    }

    /**
     * @param df degrees of freedom of Student-t shocks
     * @return a copy with fat-tailed shocks
     */
    public ScenarioBuilder tailDf(double df) {
        return withUncertainty("tail_df", Yaml.number(df));
    }

    /**
     * @param k a factor on the variance of the shock to ln(digital/other), a user assumption (no shipped
     *     scenario sets one)
     * @return a copy with that variance scale
     */
    public ScenarioBuilder varianceScale(double k) {
        return withUncertainty("variance_scale", Yaml.number(k));
    }

    /**
     * @param source {@code history} (one random walk with drift per component on the whole history, as the
     *     shipped scenarios) or {@code fit_window}
     * @return a copy estimating the shocks there
     */
    public ScenarioBuilder shocks(String source) {
        return withUncertainty("shocks", Yaml.text(Failures.required(source, "uncertainty.shocks", "a text")));
    }

    /**
     * @param source {@code panel} (calibrate the bands on the share forecast errors of the model on every other
     *     economy of the data, as the shipped scenarios) or {@code none}
     * @return a copy calibrated that way
     */
    public ScenarioBuilder calibration(String source) {
        return withUncertainty(
                "calibration", Yaml.text(Failures.required(source, "uncertainty.calibration", "a text")));
    }

    /**
     * @param keys trend families whose answers are averaged with stacking weights, e.g. {@code "drift",
     *     "loglinear", "damped"}; none for the components' own models
     * @return a copy averaging them
     */
    public ScenarioBuilder families(String... keys) {
        Failures.requiredEach(keys, "uncertainty.families", "trend families such as drift, loglinear, damped");
        return withUncertainty(
                "families",
                "["
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(keys).map(Yaml::text).toList()) + "]");
    }

    /** @return the scenario as the YAML text of a scenario file */
    public String yaml() {
        List<String> lines = new ArrayList<>();
        top.forEach((k, v) -> lines.add(k + ": " + v));
        List<String> d = digital.yaml("    ");
        List<String> o = other.yaml("    ");
        if (!d.isEmpty() || !o.isEmpty()) {
            lines.add("components:");
            if (!d.isEmpty()) {
                lines.add("  digital:");
                lines.addAll(d);
            }
            if (!o.isEmpty()) {
                lines.add("  other:");
                lines.addAll(o);
            }
        }
        if (targets != null) {
            if (targets.isEmpty()) {
                lines.add("targets: []");
            } else {
                lines.add("targets:");
                targets.forEach(t -> lines.add("  - " + t));
            }
        }
        if (!uncertainty.isEmpty()) {
            lines.add("uncertainty:");
            uncertainty.forEach((k, v) -> lines.add("  " + k + ": " + v));
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * @return the scenario, read from {@link #yaml()} by the scenario reader
     * @throws BadInputException naming the line of {@link #yaml()} and the key of every problem
     */
    public ScenarioSource build() {
        return Scenarios.parse(yaml(), Path.of(name + ".yaml"));
    }

    private ScenarioBuilder withTop(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(top);
        m.put(key, value);
        return new ScenarioBuilder(name, m, digital, other, targets, uncertainty);
    }

    private ScenarioBuilder withTarget(String item) {
        List<String> t = new ArrayList<>(targets == null ? List.of() : targets);
        t.add(item);
        return new ScenarioBuilder(name, top, digital, other, List.copyOf(t), uncertainty);
    }

    private ScenarioBuilder withUncertainty(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(uncertainty);
        m.put(key, value);
        return new ScenarioBuilder(name, top, digital, other, targets, m);
    }
}

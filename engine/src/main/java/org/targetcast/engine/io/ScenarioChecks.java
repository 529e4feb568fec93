package org.targetcast.engine.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.trend.DampedTrend;
import org.targetcast.model.trend.DriftTrend;
import org.targetcast.model.trend.LinearTrend;
import org.targetcast.model.trend.LogLinearTrend;
import org.targetcast.model.trend.LogisticTrend;
import org.targetcast.model.trend.TrendFamily;

/**
 * Checks a scenario against the history it is projected from, before projecting, and locates each problem
 * at the scenario key concerned:
 * <ul>
 * <li>{@code horizon} after the latest observed year;</li>
 * <li>{@code baseline_year}, when given, within the history and before its latest year;</li>
 * <li>a fit window's {@code from} and {@code to} within the history, and keeping at least as many years as
 * the model needs (only when the trend is used: explicit growth in every projected year needs none);</li>
 * <li>explicit {@code growth} and {@code level_shocks} years after the latest observed year (the projection
 * starts there; earlier years would be silently ignored);</li>
 * <li>share target years after the latest observed year; growth targets starting after the first observed
 * year (growth in a year needs the year before).</li>
 * </ul>
 */
public final class ScenarioChecks {
    private ScenarioChecks() {}

    /**
     * @param loaded a scenario read from a file
     * @param history the history named by its {@code data} key
     * @return every problem found, located; empty if none
     */
    public static List<InputException.Problem> check(LoadedScenario loaded, ComponentHistory history) {
        List<InputException.Problem> out = new ArrayList<>();
        Locations at = loaded.locations();
        var s = loaded.scenario();
        int first = history.firstYear();
        int last = history.lastYear();
        String data = "history " + s.data() + " (" + first + "-" + last + ")";
        if (s.horizon() <= last) {
            out.add(at.problem(
                    "horizon",
                    "expected a year after the latest observed year " + last + " of " + data + ", found "
                            + s.horizon()));
        }
        if (at.has("baseline_year") && (s.baselineYear() < first || s.baselineYear() >= last)) {
            out.add(at.problem(
                    "baseline_year",
                    "expected a year from " + first + " to " + (last - 1) + " (within " + data
                            + ", before its latest year), found " + s.baselineYear()));
        }
        component(
                at,
                "digital",
                s.digital(),
                s.digital().modelsShare() ? history.share() : history.digital(),
                s.horizon(),
                data,
                last,
                out);
        component(at, "other", s.other(), history.other(), s.horizon(), data, last, out);
        List<Target> targets = s.targets();
        for (int i = 0; i < targets.size(); i++) {
            String path = "targets[" + (i + 1) + "]";
            if (targets.get(i) instanceof ShareTarget t && t.year() <= last) {
                out.add(at.problem(
                        path + ".year",
                        "expected a year after the latest observed year " + last + " of " + data + ", found "
                                + t.year()));
            } else if (targets.get(i) instanceof GrowthTarget g && g.from() <= first) {
                out.add(at.problem(
                        path + ".from",
                        "expected a year after the first observed year " + first + " of " + data
                                + " (growth in a year needs the year before), found " + g.from()));
            }
        }
        return out;
    }

    private static void component(
            Locations at,
            String key,
            ComponentSpec spec,
            AnnualSeries observed,
            int horizon,
            String data,
            int last,
            List<InputException.Problem> out) {
        String path = "components." + key;
        boolean windowOk = true;
        for (String bound : List.of("from", "to")) {
            Integer y = bound.equals("from") ? spec.fit().from() : spec.fit().to();
            if (y != null && (y < observed.firstYear() || y > observed.lastYear())) {
                out.add(at.problem(
                        path + ".fit." + bound, "expected a year within the data of " + data + ", found " + y));
                windowOk = false;
            }
        }
        if (windowOk && needsTrend(spec, last, horizon)) {
            AnnualSeries kept = spec.fit().apply(observed);
            int needed = minimumYears(spec.model());
            if (kept.size() < needed) {
                out.add(at.problem(
                        path + ".fit",
                        "the fit keeps " + kept.size() + (kept.size() == 1 ? " year" : " years") + " of " + data
                                + describe(kept) + "; the " + spec.model().key() + " model needs at least " + needed));
            }
        }
        yearsAfter(at, path + ".growth", spec.growth().rates().keySet(), last, data, out);
        yearsAfter(at, path + ".level_shocks", spec.levelShocks().keySet(), last, data, out);
    }

    private static void yearsAfter(
            Locations at, String path, Set<Integer> years, int last, String data, List<InputException.Problem> out) {
        Set<String> keys = new LinkedHashSet<>();
        for (int y : years) {
            if (y <= last) {
                keys.add(at.yearKey(path, y).orElse(path + "." + y));
            }
        }
        for (String k : keys) {
            out.add(at.problem(
                    k,
                    "expected years after the latest observed year " + last + " of " + data
                            + " (the projection starts there), found " + k.substring(path.length() + 1)));
        }
    }

    private static boolean needsTrend(ComponentSpec spec, int last, int horizon) {
        return IntStream.rangeClosed(last + 1, horizon)
                .anyMatch(y -> spec.growth().rate(y).isEmpty());
    }

    private static String describe(AnnualSeries kept) {
        if (kept.isEmpty()) {
            return "";
        }
        if (kept.isContiguous()) {
            return " (" + kept.firstYear() + (kept.size() > 1 ? "-" + kept.lastYear() : "") + ")";
        }
        return " (" + IntStream.of(kept.years()).mapToObj(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * @param family a trend family
     * @return the fewest years it can be fitted on
     */
    static int minimumYears(TrendFamily family) {
        return switch (family) {
            case LOG_LINEAR -> LogLinearTrend.MINIMUM_YEARS;
            case LINEAR -> LinearTrend.MINIMUM_YEARS;
            case DRIFT, POOLED -> DriftTrend.MINIMUM_YEARS;
            case THETA -> org.targetcast.model.trend.ThetaTrend.MINIMUM_YEARS;
            case DAMPED -> DampedTrend.MINIMUM_YEARS;
            case LOGISTIC -> LogisticTrend.MINIMUM_YEARS;
            // auto and combo fall back to drift when the series is too short for their own backtest
            case AUTO, COMBO -> DriftTrend.MINIMUM_YEARS;
        };
    }
}

package org.targetcast.model.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.outlook.Forecaster;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * Monitoring against the targets, replayable as of any past year: for each as-of year A, the observed
 * share against the glide path (a straight line from the share in the baseline year to the target in
 * the target year, as in the SDG progress assessment) and what the scenario, fitted on the data up to A
 * only, said the probability of each share target was. Data after A are never used for year A; explicit
 * growth the scenario states for years up to A is ignored there, as those years are observed.
 */
public final class Monitor {
    private Monitor() {}

    /**
     * One as-of year.
     *
     * @param asOf the as-of year A
     * @param share the observed share in A
     * @param targets each share target of the scenario, in its order, with its glide path and probability
     * @param note why a probability is missing, or empty
     */
    public record Row(int asOf, double share, List<TargetStatus> targets, String note) {
        /** Copies the targets. */
        public Row {
            targets = List.copyOf(targets);
        }
    }

    /**
     * One share target as of a year.
     *
     * @param target the target
     * @param glide the glide-path share in the as-of year (NaN before the baseline year)
     * @param probability P(met) from the scenario fitted on data up to the as-of year (NaN if the target year
     *     is not after it, or the fit failed)
     */
    public record TargetStatus(ShareTarget target, double glide, double probability) {
        /** Checks the target for null. */
        public TargetStatus {
            java.util.Objects.requireNonNull(target, "target");
        }
    }

    /**
     * @param history the full history
     * @param year last year kept
     * @return the history up to {@code year}, flags and sources kept
     */
    public static ComponentHistory upTo(ComponentHistory history, int year) {
        if (year < history.firstYear() || year > history.lastYear()) {
            throw ModelException.of(
                    "as-of year %d is outside the data (%d-%d)", year, history.firstYear(), history.lastYear());
        }
        return history.upTo(year);
    }

    /**
     * @param history the full history
     * @param scenario the scenario replayed
     * @param baselineYear start of the glide path
     * @param from first as-of year
     * @param to last as-of year
     * @return one row per as-of year
     */
    public static List<Row> replay(ComponentHistory history, Scenario scenario, int baselineYear, int from, int to) {
        return replay(Forecaster.withDefaults(), history, scenario, baselineYear, from, to);
    }

    /**
     * @param forecaster the run's forecaster: each as-of year's probabilities are read from its forecast of
     *     the scenario on the data up to that year
     * @param history the full history
     * @param scenario the scenario replayed
     * @param baselineYear start of the glide path
     * @param from first as-of year
     * @param to last as-of year
     * @return one row per as-of year
     */
    public static List<Row> replay(
            Forecaster forecaster, ComponentHistory history, Scenario scenario, int baselineYear, int from, int to) {
        if (from > to) {
            throw ModelException.of("as-of years %d-%d are out of order", from, to);
        }
        List<ShareTarget> targets = scenario.targets().stream()
                .filter(ShareTarget.class::isInstance)
                .map(ShareTarget.class::cast)
                .toList();
        List<Row> rows = new ArrayList<>();
        // each replay keeps the scenario's calibration: the errors elsewhere, not what was known in China then
        ErrorCalibration calibration = forecaster.calibration(scenario, history);
        for (int a = from; a <= to; a++) {
            ComponentHistory h = upTo(history, a);
            double share = h.share().lastValue();
            Map<ShareTarget, Double> glide = new HashMap<>();
            Map<Target, Double> p = Map.of();
            String note = "";
            for (ShareTarget t : targets) {
                glide.put(
                        t,
                        a < baselineYear || baselineYear < history.firstYear()
                                ? Double.NaN
                                : history.share().valueAt(baselineYear).getAsDouble()
                                        + (t.share()
                                                        - history.share()
                                                                .valueAt(baselineYear)
                                                                .getAsDouble())
                                                * (a - baselineYear)
                                                / (t.year() - baselineYear));
            }
            try {
                List<Target> open = new ArrayList<>(
                        targets.stream().filter(t -> t.year() > h.lastYear()).toList());
                if (!open.isEmpty()) {
                    Scenario replayed = new Scenario(
                            scenario.name(),
                            scenario.title(),
                            scenario.description(),
                            scenario.data(),
                            scenario.horizon(),
                            scenario.baselineYear(),
                            scenario.digital(),
                            scenario.other(),
                            open,
                            scenario.uncertainty());
                    p = forecaster.forecast(replayed, h, null, calibration).exactProbabilities();
                }
            } catch (ModelException e) {
                note = e.getMessage();
            }
            List<TargetStatus> status = new ArrayList<>();
            for (ShareTarget t : targets) {
                status.add(new TargetStatus(t, glide.get(t), p.getOrDefault(t, Double.NaN)));
            }
            rows.add(new Row(a, share, status, note));
        }
        return rows;
    }
}

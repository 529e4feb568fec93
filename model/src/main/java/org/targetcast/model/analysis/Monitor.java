package org.targetcast.model.analysis;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projector;
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
     * @param glide per share target, the glide-path share in A (NaN before the baseline year)
     * @param probability per share target, P(met) from the scenario fitted on data up to A (NaN if the
     *     target year is not after A, or the fit failed)
     * @param note why a probability is missing, or empty
     */
    public record Row(int asOf, double share, double[] glide, double[] probability, String note) {}

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
        if (from > to) {
            throw ModelException.of("as-of years %d-%d are out of order", from, to);
        }
        List<ShareTarget> targets = scenario.targets().stream()
                .filter(ShareTarget.class::isInstance)
                .map(ShareTarget.class::cast)
                .toList();
        List<Row> rows = new ArrayList<>();
        for (int a = from; a <= to; a++) {
            ComponentHistory h = upTo(history, a);
            double share = h.share().lastValue();
            double[] glide = new double[targets.size()];
            double[] p = new double[targets.size()];
            java.util.Arrays.fill(p, Double.NaN);
            String note = "";
            for (int i = 0; i < targets.size(); i++) {
                ShareTarget t = targets.get(i);
                glide[i] = a < baselineYear || baselineYear < history.firstYear()
                        ? Double.NaN
                        : history.share().valueAt(baselineYear).getAsDouble()
                                + (t.share()
                                                - history.share()
                                                        .valueAt(baselineYear)
                                                        .getAsDouble())
                                        * (a - baselineYear)
                                        / (t.year() - baselineYear);
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
                    double[] exact = Simulator.exactProbabilities(
                            Projector.withDefaults().project(replayed, h));
                    for (int k = 0; k < open.size(); k++) {
                        p[targets.indexOf((ShareTarget) open.get(k))] = exact[k];
                    }
                }
            } catch (ModelException e) {
                note = e.getMessage();
            }
            rows.add(new Row(a, share, glide, p, note));
        }
        return rows;
    }
}

package org.targetcast.model.outlook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.simulation.FamilyProbability;
import org.targetcast.model.simulation.GridQuantiles;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.ProbabilityMethod;
import org.targetcast.model.simulation.ProjectedQuantiles;
import org.targetcast.model.simulation.QuantileLevels;
import org.targetcast.model.simulation.ShareGrid;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * The mixture of several trend families' outlooks with given weights: the answer integrated over the
 * models. For each target the probability, its closed-form and simulated parts and the first-year
 * distribution are weighted means (a mixture's probabilities); the share's mass per bin is the weighted
 * mean of the families' masses and its quantiles are read from that mixed mass (linear within a
 * {@link ShareGrid} bin, 0.25 points wide), and so are its fine quantiles; the components' fine quantiles
 * are those of the mixture of the families' distributions ({@link GridQuantiles#mixture}). Each target lists every family's own probabilities
 * ({@link FamilyProbability}).
 */
final class ModelAverage {
    private ModelAverage() {}

    /**
     * @param own the outlook of the scenario's own model: its shocks and notes are shown
     * @param parts one outlook per family, in the order of the weights
     * @param weights the families and their weights
     * @param paths the paths simulated for the average, all families together
     * @return the averaged outlook
     */
    static Outlook combine(Outlook own, List<Outlook> parts, FamilyWeights weights, long paths) {
        double[] w = weights.weights();
        int years = parts.get(0).quantiles().length;
        double[][] mass = new double[years][ShareGrid.BINS];
        for (int f = 0; f < parts.size(); f++) {
            for (int k = 0; k < years; k++) {
                double[] m = parts.get(f).shareMass()[k];
                for (int j = 0; j < ShareGrid.BINS; j++) {
                    mass[k][j] += w[f] * m[j];
                }
            }
        }
        double[] levels = QuantileLevels.levels();
        double[][] q = new double[years][levels.length];
        for (int k = 0; k < years; k++) {
            for (int j = 0; j < levels.length; j++) {
                q[k][j] = quantile(mass[k], levels[j]);
            }
        }
        int firstYear = own.firstYear();
        ProjectedQuantiles projected = ProjectedQuantiles.mixture(
                () -> {
                    double[][] shareGrid = new double[years][GridQuantiles.count()];
                    for (int k = 0; k < years; k++) {
                        for (int j = 0; j < GridQuantiles.count(); j++) {
                            shareGrid[k][j] = quantile(mass[k], GridQuantiles.level(j));
                        }
                    }
                    return new GridQuantiles(firstYear, shareGrid);
                },
                parts.stream().map(Outlook::projected).toList(),
                w);
        List<Map<Target, TargetOutlook>> byTarget = new ArrayList<>();
        for (Outlook part : parts) {
            Map<Target, TargetOutlook> m = new HashMap<>();
            part.targets().forEach(t -> m.put(t.target(), t));
            byTarget.add(m);
        }
        List<TargetOutlook> targets = new ArrayList<>();
        for (TargetOutlook o : own.targets()) {
            double p = 0;
            double analytic = 0;
            double sim = 0;
            double simVar = 0;
            double var = 0;
            double[] first = new double[o.firstYear().length];
            List<FamilyProbability> fams = new ArrayList<>();
            for (int f = 0; f < parts.size(); f++) {
                TargetOutlook t = byTarget.get(f).get(o.target());
                if (t == null) {
                    throw new IllegalStateException(
                            "family " + weights.families().get(f).key() + " has no outlook for target "
                                    + o.target().label());
                }
                p += w[f] * t.probability();
                analytic += w[f] * t.analytic();
                sim += w[f] * t.simulated();
                simVar += w[f] * w[f] * t.simulatedSe() * t.simulatedSe();
                var += w[f] * w[f] * t.standardError() * t.standardError();
                for (int k = 0; k < first.length && k < t.firstYear().length; k++) {
                    first[k] += w[f] * t.firstYear()[k];
                }
                fams.add(new FamilyProbability(
                        weights.families().get(f).key(),
                        Math.min(1, Math.max(0, w[f])),
                        t.probability(),
                        t.target() instanceof ShareTarget ? t.reachedBy() : Double.NaN));
            }
            boolean allAnalytic =
                    byTarget.stream().allMatch(x -> x.get(o.target()).method() == ProbabilityMethod.ANALYTIC);
            targets.add(new TargetOutlook(
                    o.target(),
                    p,
                    allAnalytic ? 0 : Math.sqrt(var),
                    allAnalytic ? ProbabilityMethod.ANALYTIC : ProbabilityMethod.MONTECARLO,
                    analytic,
                    sim,
                    Math.sqrt(simVar),
                    first,
                    o.lastObservedYear(),
                    fams));
        }
        List<String> notes = new ArrayList<>(own.notes());
        StringBuilder sb = new StringBuilder("model average over trend families, stacking weights on the log score of "
                + weights.checks() + " backtest checks of the share:");
        for (int f = 0; f < w.length; f++) {
            sb.append(String.format(
                    Locale.ROOT, " %s %.3f", weights.families().get(f).key(), w[f]));
        }
        notes.add(sb.toString());
        notes.addAll(weights.notes());
        return new Outlook(
                own.shocks(),
                notes,
                own.firstYear(),
                own.quantileMethod(),
                q,
                targets,
                paths,
                own.seed(),
                mass,
                projected);
    }

    /** The level-quantile of a share from its mass per bin, linear within the bin where the cumulative mass crosses it. */
    static double quantile(double[] mass, double level) {
        double[] edges = ShareGrid.edges();
        double cum = 0;
        for (int j = 0; j < mass.length; j++) {
            if (cum + mass[j] >= level && mass[j] > 0) {
                return edges[j] + (level - cum) / mass[j] * (edges[j + 1] - edges[j]);
            }
            cum += mass[j];
        }
        return edges[edges.length - 1];
    }
}

package org.targetcast.model.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.targetcast.model.ModelException;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.OnTrack;
import org.targetcast.model.target.OnTrackCategory;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.target.Verdict;

/**
 * Judges a projection against targets. Stateless.
 *
 * <p>For a share target: the projected share in the target year (for "reached by", the highest share from
 * the latest observed year to the target year, so a target already reached counts, as in the simulation),
 * the gap in points, the first year the
 * share is at least the target (from the latest observed year on), the required constant digital growth
 * ({@link RequiredGrowth}) and the on-track ratio ({@link OnTrack}) from the scenario's baseline year.
 * For a growth target: the lowest yearly digital growth over its years (observed years count as observed),
 * met if it is at least the threshold; required growth is the threshold itself.
 */
public final class TargetEvaluator {
    private TargetEvaluator() {}

    /**
     * @param projection a projection
     * @return the verdict for each of the scenario's targets, in order
     */
    public static List<Verdict> evaluate(Projection projection) {
        return projection.scenario().targets().stream()
                .map(t -> evaluate(projection, t))
                .toList();
    }

    /**
     * @param projection a projection
     * @param target a target whose year lies within the projection
     * @return its verdict
     */
    public static Verdict evaluate(Projection projection, Target target) {
        if (target instanceof ShareTarget s) {
            return share(projection, s);
        }
        return growth(projection, (GrowthTarget) target);
    }

    private static Verdict share(Projection p, ShareTarget t) {
        int c = p.lastObservedYear();
        if (t.year() <= c) {
            throw ModelException.of("target %s: the year is not after the latest observed year %d", t.label(), c);
        }
        OptionalInt first = OptionalInt.empty();
        double best = Double.NEGATIVE_INFINITY;
        for (int y = c; y <= t.year(); y++) {
            double s = p.share(y);
            best = Math.max(best, s);
            if (first.isEmpty() && s >= t.share()) {
                first = OptionalInt.of(y);
            }
        }
        for (int y = t.year() + 1; first.isEmpty() && y <= p.horizon(); y++) {
            if (p.share(y) >= t.share()) {
                first = OptionalInt.of(y);
            }
        }
        double projected = t.reachedBy() ? best : p.share(t.year());
        double required = t.reachedBy()
                ? RequiredGrowth.byYear(p, t.year(), t.share())
                : RequiredGrowth.inYear(p, t.year(), t.share());
        return new Verdict(
                t, projected, 100 * (projected - t.share()), projected >= t.share(), first, required, onTrack(p, t));
    }

    private static Optional<OnTrack> onTrack(Projection p, ShareTarget t) {
        int b = p.scenario().baselineYear();
        int c = p.lastObservedYear();
        if (b < p.history().firstYear() || b >= c) {
            return Optional.empty();
        }
        double sb = p.share(b);
        double sc = p.share(c);
        double observed = Math.pow(sc / sb, 1.0 / (c - b)) - 1;
        double required = Math.pow(t.share() / sb, 1.0 / (t.year() - b)) - 1;
        double ratio = required > 0 ? observed / required : Double.NaN;
        OnTrackCategory category =
                sc >= t.share() ? OnTrackCategory.ACHIEVED : OnTrackCategory.ofRatio(Double.isNaN(ratio) ? -1 : ratio);
        return Optional.of(new OnTrack(b, observed, required, ratio, category));
    }

    private static Verdict growth(Projection p, GrowthTarget t) {
        if (t.from() <= p.history().firstYear()) {
            throw ModelException.of(
                    "target %s: growth in %d needs the year before, which has no data", t.label(), t.from());
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (int y = t.from(); y <= t.to(); y++) {
            lowest = Math.min(lowest, p.digital(y) / p.digital(y - 1) - 1);
        }
        if (t.average()) {
            // the central path's compound growth over the years stands where the lowest year does otherwise
            lowest = Math.pow(p.digital(t.to()) / p.digital(t.from() - 1), 1.0 / (t.to() - t.from() + 1)) - 1;
        }
        return new Verdict(
                t,
                lowest,
                100 * (lowest - t.atLeast()),
                lowest >= t.atLeast(),
                OptionalInt.empty(),
                t.atLeast(),
                Optional.empty());
    }
}

package org.targetcast.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.targetcast.model.simulation.FamilyProbability;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.target.Verdict;

/**
 * One target of a scenario, judged: the central projection against the target and, when the run simulated,
 * the probabilities. The two readings of a share target are named apart: {@link #probability()} is
 * P(share in the target year ≥ target), {@link #reachedBy()} is P(reached in any year up to it). Both come
 * from the engine's {@link TargetOutlook}; nothing is re-derived here.
 *
 * <pre>{@code
 * TargetResult t = tc.run(base).scenarios().get(0).target(0);
 * System.out.printf("%s: %.1f%% in the year, %.1f%% reached by it, %.1f%% to %.1f%% across trend families%n",
 *         t.label(), 100 * t.probability(), 100 * t.reachedBy(), 100 * t.lowest(), 100 * t.highest());
 * }</pre>
 */
public final class TargetResult {
    private final Verdict verdict;
    private final TargetOutlook outlook;

    TargetResult(Verdict verdict, TargetOutlook outlook) {
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.outlook = outlook;
    }

    /** @return the target */
    public Target target() {
        return verdict.target();
    }

    /** @return the target's label, e.g. {@code share >= 45% in 2029} */
    public String label() {
        return verdict.target().label();
    }

    /** @return the deterministic verdict: projected value, gap, whether met, first year reached, required growth */
    public Verdict verdict() {
        return verdict;
    }

    /** @return the engine's outlook for this target, if the run simulated */
    public Optional<TargetOutlook> outlook() {
        return Optional.ofNullable(outlook);
    }

    /** @return the projected share in the target year (the lowest yearly growth for a growth target) */
    public double projected() {
        return verdict.projected();
    }

    /** @return whether the central projection meets the target */
    public boolean met() {
        return verdict.met();
    }

    /** @return the first year the central projection reaches a share target, if it does by the horizon */
    public OptionalInt firstYearReached() {
        return verdict.firstYearReached();
    }

    /** @return P(met): for a share target, P(share in the target year ≥ target); NaN without simulation */
    public double probability() {
        return outlook == null ? Double.NaN : outlook.probability();
    }

    /** @return the standard error of {@link #probability()} (0 where it is exact); NaN without simulation */
    public double standardError() {
        return outlook == null ? Double.NaN : outlook.standardError();
    }

    /** @return {@code analytic} or {@code montecarlo}: where {@link #probability()} comes from; empty without simulation */
    public String method() {
        return outlook == null ? "" : outlook.method().key();
    }

    /** @return P(share ≥ target in any year up to the target year); NaN for growth targets and without simulation */
    public double reachedBy() {
        return outlook == null ? Double.NaN : outlook.reachedBy();
    }

    /** @return the lowest probability across the credible trend families (the probability itself for one model) */
    public double lowest() {
        return outlook == null ? Double.NaN : outlook.lowest();
    }

    /** @return the highest probability across the credible trend families */
    public double highest() {
        return outlook == null ? Double.NaN : outlook.highest();
    }

    /** @return each family's probability and weight for a model average; empty for one model */
    public List<FamilyProbability> families() {
        return outlook == null ? List.of() : outlook.families();
    }

    /** @return the simulated median first year a share target is reached, if half the paths reach it by the horizon */
    public OptionalInt medianFirstYear() {
        if (outlook == null || !(verdict.target() instanceof ShareTarget) || outlook.medianFirstYearOffset() < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(outlook.lastObservedYear() + outlook.medianFirstYearOffset());
    }

    @Override
    public String toString() {
        return label() + (outlook == null ? "" : String.format(java.util.Locale.ROOT, ": P = %.4f", probability()));
    }
}

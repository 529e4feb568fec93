package org.targetcast.model.outlook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.target.Target;
import org.targetcast.model.trend.TrendFamily;

/**
 * A scenario made into a forecast once, by {@link Forecaster}: the projection of the scenario's own model
 * (the central path shown), and, when the scenario averages trend families, each family's projection with
 * its weight. Every probability of the scenario, in every command, the explorer and the library, is read
 * from this object: exactly ({@link #exactProbabilities()}) where a closed form exists, else by
 * {@link Simulator#run(ShareForecast)}.
 *
 * @param projection the scenario's own projection (its model's central path)
 * @param members the families averaged, each with its projection, in the order of {@code weights}; empty
 *     when the scenario is its own model alone
 * @param weights the families' weights, renormalised over the families that could be fitted; empty when
 *     the scenario averages nothing
 */
public record ShareForecast(Projection projection, List<Member> members, Optional<FamilyWeights> weights) {
    /**
     * One family of a model average.
     *
     * @param family the family, for both components
     * @param projection the scenario projected with that family
     */
    public record Member(TrendFamily family, Projection projection) {
        /** Checks that both are given. */
        public Member {
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(projection, "projection");
        }
    }

    /** Copies the members and checks that they pair with the weights. */
    public ShareForecast {
        Objects.requireNonNull(projection, "projection");
        members = List.copyOf(members);
        Objects.requireNonNull(weights, "weights");
        if (weights.isPresent() != !members.isEmpty()
                || weights.isPresent()
                        && !weights.get()
                                .families()
                                .equals(members.stream().map(Member::family).toList())) {
            throw new IllegalArgumentException("share forecast: the members "
                    + members.stream().map(m -> m.family().key()).toList() + " do not pair with the weights "
                    + weights.map(FamilyWeights::families));
        }
    }

    /** @return whether the probabilities average several families */
    public boolean averages() {
        return !members.isEmpty();
    }

    /**
     * Each target's exact probability: the scenario's own closed form, or for a model average the weighted
     * mean of each family's closed form (the probability of a mixture). NaN where any part has none (fat
     * tails, first passage, dependent years for a growth target): then only a simulation gives it.
     *
     * @return per target, in the scenario's order, the exact probability or NaN
     */
    public Map<Target, Double> exactProbabilities() {
        if (!averages()) {
            return ExactProbabilities.of(projection).byTarget();
        }
        double[] w = weights.orElseThrow().weights();
        Map<Target, Double> out = new LinkedHashMap<>();
        for (int f = 0; f < members.size(); f++) {
            Map<Target, Double> part =
                    ExactProbabilities.of(members.get(f).projection()).byTarget();
            for (Map.Entry<Target, Double> e : part.entrySet()) {
                out.merge(e.getKey(), w[f] * e.getValue(), Double::sum);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}

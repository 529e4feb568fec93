package org.targetcast.model.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.Target;
import org.targetcast.model.target.Verdict;

/**
 * A scenario's answer in one value: each target's verdict with its probabilities, in the scenario's
 * order, and the provenance every writer renders.
 *
 * @param scenario the scenario's name
 * @param targets one per target, in the scenario's order
 * @param provenance how to re-run it
 */
public record Assessment(String scenario, List<TargetAssessment> targets, Provenance provenance) {
    /** Copies the targets. */
    public Assessment {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(provenance, "provenance");
        targets = List.copyOf(targets);
    }

    /**
     * Pairs each verdict with the outlook of the same target.
     *
     * @param scenario the scenario's name
     * @param verdicts the verdicts, in the scenario's order
     * @param outlook the outlook, or null for a deterministic run
     * @param provenance how to re-run it
     * @return the assessment
     * @throws IllegalArgumentException if the outlook lacks a target of the verdicts
     */
    public static Assessment of(String scenario, List<Verdict> verdicts, Outlook outlook, Provenance provenance) {
        return new Assessment(scenario, pair(scenario, verdicts, outlook), provenance);
    }

    /**
     * Pairs each verdict with the outlook of the same target, matched by the target itself.
     *
     * @param scenario the scenario's name, for the message
     * @param verdicts the verdicts, in the scenario's order
     * @param outlook the outlook, or null for a deterministic run
     * @return one judged target per verdict, in the verdicts' order
     * @throws IllegalArgumentException if the outlook lacks a target of the verdicts
     */
    public static List<TargetAssessment> pair(String scenario, List<Verdict> verdicts, Outlook outlook) {
        List<TargetAssessment> out = new ArrayList<>();
        List<TargetOutlook> left = outlook == null ? List.of() : new ArrayList<>(outlook.targets());
        for (Verdict v : verdicts) {
            Optional<TargetOutlook> o = Optional.empty();
            if (outlook != null) {
                o = left.stream().filter(t -> t.target().equals(v.target())).findFirst();
                if (o.isEmpty()) {
                    throw new IllegalArgumentException(
                            "no outlook for the target " + v.target().label() + " of " + scenario);
                }
                left.remove(o.get());
            }
            out.add(new TargetAssessment(v, o));
        }
        return List.copyOf(out);
    }

    /**
     * @param target a target of the scenario
     * @return that target judged, found by the target itself; empty if the scenario has no such target
     */
    public Optional<TargetAssessment> judged(Target target) {
        return targets.stream().filter(t -> t.target().equals(target)).findFirst();
    }
}

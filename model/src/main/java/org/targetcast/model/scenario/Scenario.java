package org.targetcast.model.scenario;

import java.util.List;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.target.Target;

/**
 * One scenario: assumptions for the two components, the projection horizon and the targets.
 *
 * @param name short identifier (the file name without extension)
 * @param title one line for tables and charts
 * @param description the assumptions in words
 * @param data key of the history to use, e.g. {@code china}
 * @param horizon last projected year
 * @param baselineYear the base year of the on-track ratio (observed progress is measured from it)
 * @param digital assumptions for digitally deliverable services trade
 * @param other assumptions for other services trade (total − digital)
 * @param targets what the scenario is judged against
 * @param uncertainty how uncertain growth is, and how probabilities are computed
 */
public record Scenario(
        String name,
        String title,
        String description,
        String data,
        int horizon,
        int baselineYear,
        ComponentSpec digital,
        ComponentSpec other,
        List<Target> targets,
        UncertaintySpec uncertainty) {
    /** Validates the fields. */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(digital, "digital");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(uncertainty, "uncertainty");
        if (other.modelsShare()) {
            throw ModelException.of(
                    "scenario %s: model %s fits the share and is allowed for digital only",
                    name, other.model().key());
        }
        for (Target t : targets) {
            if (t.year() > horizon) {
                throw ModelException.of("scenario %s: target year %d is after the horizon %d", name, t.year(), horizon);
            }
        }
        targets = List.copyOf(targets);
    }

    /**
     * @param list the targets to judge instead
     * @return a copy with those targets
     */
    public Scenario withTargets(List<Target> list) {
        return new Scenario(name, title, description, data, horizon, baselineYear, digital, other, list, uncertainty);
    }

    /**
     * @param spec uncertainty settings
     * @return a copy with those settings
     */
    public Scenario withUncertainty(UncertaintySpec spec) {
        return new Scenario(name, title, description, data, horizon, baselineYear, digital, other, targets, spec);
    }

    /**
     * @param spec assumptions for other
     * @return a copy with those assumptions
     */
    public Scenario withOther(ComponentSpec spec) {
        return new Scenario(name, title, description, data, horizon, baselineYear, digital, spec, targets, uncertainty);
    }

    /**
     * @param spec assumptions for digital
     * @return a copy with those assumptions
     */
    public Scenario withDigital(ComponentSpec spec) {
        return new Scenario(name, title, description, data, horizon, baselineYear, spec, other, targets, uncertainty);
    }
}

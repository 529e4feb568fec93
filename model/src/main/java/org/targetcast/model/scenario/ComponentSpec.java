package org.targetcast.model.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.targetcast.model.ModelException;
import org.targetcast.model.trend.Scale;
import org.targetcast.model.trend.TrendFamily;

/**
 * What a scenario assumes for one component.
 *
 * @param model the trend family fitted to the component's history ({@code logistic} is allowed for
 *     {@code digital} only: it is then fitted to the share, and digital follows from the share and the
 *     other component)
 * @param fit the years the trend is fitted on
 * @param growth explicit growth rates that override the trend's growth in their years
 * @param levelShocks one-off permanent level changes by year ({@code 0.05} = +5 % in that year and after)
 */
public record ComponentSpec(
        TrendFamily model, FitWindow fit, GrowthPath growth, SortedMap<Integer, Double> levelShocks) {
    /** Validates the shocks and copies the maps. */
    public ComponentSpec {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(growth, "growth");
        for (Map.Entry<Integer, Double> e : levelShocks.entrySet()) {
            if (!Double.isFinite(e.getValue()) || e.getValue() <= -1) {
                throw ModelException.of("level shock for %d = %s must be above -1", e.getKey(), e.getValue());
            }
        }
        levelShocks = Collections.unmodifiableSortedMap(new TreeMap<>(levelShocks));
    }

    /**
     * @param family a trend family
     * @return a component that follows that family fitted to all the data
     */
    public static ComponentSpec of(TrendFamily family) {
        return new ComponentSpec(family, FitWindow.all(), GrowthPath.none(), new TreeMap<>());
    }

    /** @return whether the component is modelled through the share rather than its own level */
    public boolean modelsShare() {
        return model.scale() == Scale.SHARE;
    }

    /**
     * @param window the fit window
     * @return a copy with that window
     */
    public ComponentSpec withFit(FitWindow window) {
        return new ComponentSpec(model, window, growth, levelShocks);
    }

    /**
     * @param path explicit growth
     * @return a copy with that growth path
     */
    public ComponentSpec withGrowth(GrowthPath path) {
        return new ComponentSpec(model, fit, path, levelShocks);
    }

    /**
     * @param family the trend family
     * @return a copy with that family
     */
    public ComponentSpec withModel(TrendFamily family) {
        return new ComponentSpec(family, fit, growth, levelShocks);
    }

    /**
     * @param shocks level shocks by year
     * @return a copy with those shocks
     */
    public ComponentSpec withLevelShocks(Map<Integer, Double> shocks) {
        return new ComponentSpec(model, fit, growth, new TreeMap<>(shocks));
    }
}

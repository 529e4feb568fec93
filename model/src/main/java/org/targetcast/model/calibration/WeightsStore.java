package org.targetcast.model.calibration;

import java.util.function.Supplier;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;

/**
 * Where a forecaster keeps the stacking weights of the scenarios it forecasts between runs: the weights are a
 * deterministic function of the scenario, its history (with the panel of the same data), its calibration and
 * the build, and their backtests are a large part of a run, so a store may hand back what an earlier run of
 * the same inputs computed, provided it is the same value bit for bit.
 */
@FunctionalInterface
public interface WeightsStore {
    /**
     * @param scenario the scenario whose families are weighed
     * @param history the history they are backtested on
     * @param calibration the calibration their bands are made with
     * @param compute computes the weights when the store holds none
     * @return the weights kept for these inputs, or computed now
     */
    FamilyWeights weights(
            Scenario scenario, ComponentHistory history, ErrorCalibration calibration, Supplier<FamilyWeights> compute);

    /** @return a store keeping nothing: the weights are always computed */
    static WeightsStore none() {
        return (scenario, history, calibration, compute) -> compute.get();
    }
}

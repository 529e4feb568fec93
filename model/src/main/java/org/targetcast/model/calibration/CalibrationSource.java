package org.targetcast.model.calibration;

import java.util.List;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.selection.BacktestMemo;

/**
 * Where a run's forecaster gets the calibration a scenario asks for ({@code uncertainty.calibration: panel}):
 * fitted on the panel of the other economies, from the run's memo or the kept calibrations. The forecaster
 * asks it only for scenarios asking for the panel; the value it returns is carried by the forecast, never
 * written into the scenario.
 */
@FunctionalInterface
public interface CalibrationSource {
    /**
     * @param scenario a scenario asking for the panel calibration
     * @param own the history it is judged on (its economy is left out of the panel)
     * @return the fitted calibration
     */
    ErrorCalibration calibration(Scenario scenario, ComponentHistory own);

    /**
     * @return the source of a forecaster with no panel: a scenario asking for one is projected with
     *     {@link ErrorCalibration#unresolved()} (its central path is known; its bands cannot be simulated)
     */
    static CalibrationSource unavailable() {
        return (scenario, own) -> ErrorCalibration.unresolved();
    }

    /**
     * @param panel every history that may calibrate (the judged economy is left out of it)
     * @param memo where the fits are remembered
     * @return a source fitting on that panel ({@link PanelCalibration#resolve}); with no other economy in it,
     *     the bands stay the model's own and say so
     */
    static CalibrationSource onPanel(List<ComponentHistory> panel, BacktestMemo memo) {
        List<ComponentHistory> histories = List.copyOf(panel);
        return (scenario, own) -> PanelCalibration.resolve(scenario, own, histories, memo);
    }
}

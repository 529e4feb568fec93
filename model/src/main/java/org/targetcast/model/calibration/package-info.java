/**
 * Are the share bands honest? Rolling-origin backtests of the uncertainty engine's share distribution on
 * data before each origin ({@link org.targetcast.model.calibration.ShareCalibration}, with coverage, PIT and
 * leave-one-series-out results in {@link org.targetcast.model.calibration.ShareCalibrationResult}), and the
 * stacking weights of the trend families computed from the same backtests
 * ({@link org.targetcast.model.calibration.FamilyWeights}). Rare events as events: the yearly jump
 * frequency and signed size of each component, fitted on the panel apart from each economy's ordinary
 * volatility ({@link org.targetcast.model.calibration.JumpEstimator},
 * {@link org.targetcast.model.calibration.JumpComponent}, both components in
 * {@link org.targetcast.model.calibration.PanelJumps}), and the distribution of a component's change over
 * h years with yearly jumps ({@link org.targetcast.model.calibration.JumpMixture}). Sits above
 * {@code simulation}, whose closed form it scores, and below {@code outlook}, which averages the families
 * with these weights.
 */
package org.targetcast.model.calibration;

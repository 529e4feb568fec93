/**
 * The outlook of a scenario: {@link org.targetcast.model.outlook.Simulator} runs the uncertainty engine of
 * {@code simulation} for each credible trend family, weights them with the stacking weights of
 * {@code calibration} ({@link org.targetcast.model.outlook.ModelAverage}), and splits each headline
 * probability's spread into shocks, parameters, model choice and data basis
 * ({@link org.targetcast.model.outlook.SpreadDecomposition}).
 */
package org.targetcast.model.outlook;

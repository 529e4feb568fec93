/**
 * Uncertainty: correlated yearly growth shocks for the two components, the exact distribution of the
 * share where it is Gaussian ({@link org.targetcast.model.simulation.ClosedForm}), and a seeded, parallel,
 * streaming Monte Carlo ({@link org.targetcast.model.simulation.MonteCarlo}) that checks it and covers
 * what it cannot (fat tails, first passage). Each {@link org.targetcast.model.simulation.Outlook} holds the
 * share's quantiles at 5 % steps and, at 0.5 % steps ({@link org.targetcast.model.simulation.GridQuantiles}),
 * those of the share and of both components' levels ({@link org.targetcast.model.simulation.ProjectedQuantiles}),
 * which a forecast table reads.
 */
package org.targetcast.model.simulation;

/**
 * Uncertainty: correlated yearly growth shocks for the two components, the exact distribution of the
 * share where it is Gaussian ({@link org.targetcast.model.simulation.ClosedForm}), and a seeded, parallel,
 * streaming Monte Carlo ({@link org.targetcast.model.simulation.MonteCarlo}) that checks it and covers
 * what it cannot (fat tails, first passage).
 */
package org.targetcast.model.simulation;

/**
 * Planner analyses on top of projection and uncertainty: assumptions that can be varied, two-way sweeps
 * (probability maps), one-at-a-time sensitivity (tornado) and goal seek.
 */
package org.targetcast.model.analysis;

/**
 * Targets (a share at least X in year T, reached by T, digital growth at least g over a range) and
 * their verdicts on a projection: gap, first year reached, required growth and the on-track ratio.
 */
package org.targetcast.model.target;

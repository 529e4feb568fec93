/**
 * Targets (a share at least X in year T, reached by T, digital growth at least g over a range), the
 * verdict record and the on-track categories. Judging them on a projection lives above, in
 * {@code evaluation}, so that a scenario can hold its targets without depending on projections.
 */
package org.targetcast.model.target;

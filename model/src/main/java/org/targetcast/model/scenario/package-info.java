/**
 * Scenario records: what a planner assumes for each component (trend family, fit window, excluded years,
 * explicit growth, level shocks), the horizon and the targets. Validated on construction; no parsing here.
 */
package org.targetcast.model.scenario;

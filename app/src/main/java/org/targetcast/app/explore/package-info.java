/**
 * The interactive explorer ({@code targetcast explore}). The state of the explorer is an immutable
 * {@link org.targetcast.app.explore.ExplorerState} (a scenario and the assumptions the user has moved);
 * {@link org.targetcast.app.explore.ExplorerEngine} turns a state into an
 * {@link org.targetcast.app.explore.ExplorerResult} without any Swing; {@link org.targetcast.app.explore.Recompute}
 * runs that off the event thread, keeping only the latest request; {@link org.targetcast.app.explore.ScenarioWatcher}
 * reloads the scenario file when it changes. The Swing classes ({@code ExplorerWindow} and its parts) only
 * show results and turn user actions into new states.
 */
package org.targetcast.app.explore;

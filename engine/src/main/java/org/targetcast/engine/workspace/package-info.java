/**
 * What every command works on: the {@link org.targetcast.engine.workspace.Workspace} (the data read once, the
 * histories built on each basis, the scenarios loaded), the per-scenario
 * {@link org.targetcast.engine.workspace.ScenarioResult}, and the toolkit's
 * {@link org.targetcast.engine.workspace.Version}. Below {@code report}, {@code explore} and {@code cli}, which
 * all use it.
 */
package org.targetcast.engine.workspace;

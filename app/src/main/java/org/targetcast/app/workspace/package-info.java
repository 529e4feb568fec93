/**
 * What every command works on: the {@link org.targetcast.app.workspace.Workspace} (the data read once, the
 * histories built on each basis, the scenarios loaded), the per-scenario
 * {@link org.targetcast.app.workspace.ScenarioResult}, and the toolkit's
 * {@link org.targetcast.app.workspace.Version}. Below {@code report}, {@code explore} and {@code cli}, which
 * all use it.
 */
package org.targetcast.app.workspace;

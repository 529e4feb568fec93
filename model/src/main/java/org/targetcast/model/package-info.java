/**
 * The targetcast engine: annual series, trend models, scenarios, deterministic projection and target
 * verdicts. Everything here is pure computation: no files, console, YAML or Swing.
 */
package org.targetcast.model;

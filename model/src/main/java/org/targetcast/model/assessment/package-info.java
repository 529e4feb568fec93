/**
 * One assessment per scenario: each target's central-path verdict with its probabilities, their method
 * and range and its likelihood word, paired by target once, with the provenance every writer renders.
 * Sits above {@code target} and {@code simulation}, which it joins.
 */
package org.targetcast.model.assessment;

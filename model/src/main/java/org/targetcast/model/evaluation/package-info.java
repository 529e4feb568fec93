/**
 * Targets judged on a projection, above {@code projection}: the verdict of each target (gap, first year
 * reached, on-track ratio) from {@link org.targetcast.model.evaluation.TargetEvaluator}, and the constant
 * digital growth a share target needs ({@link org.targetcast.model.evaluation.RequiredGrowth}). The targets
 * themselves and their verdict records live below, in {@code target}.
 */
package org.targetcast.model.evaluation;

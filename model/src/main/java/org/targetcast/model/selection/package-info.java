/**
 * Model choice among the trend families, above {@code trend} and {@code backtest}: the ranking of families
 * by out-of-sample MASE ({@link org.targetcast.model.selection.ModelRanking}), the test that decides whether
 * a ranking is strong enough to leave drift ({@link org.targetcast.model.selection.DieboldMariano}), the
 * {@code auto} and {@code combo} families built on them ({@link org.targetcast.model.selection.AutoModel},
 * {@link org.targetcast.model.selection.ComboModel}), and the registry that gives the model of every family
 * ({@link org.targetcast.model.selection.TrendModels}).
 */
package org.targetcast.model.selection;

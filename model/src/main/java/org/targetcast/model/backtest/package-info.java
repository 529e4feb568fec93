/**
 * Forecast evaluation and model choice: rolling-origin backtests of the trend families
 * ({@link org.targetcast.model.backtest.RollingOrigin}), point and interval accuracy
 * ({@link org.targetcast.model.backtest.Metrics}, {@link org.targetcast.model.backtest.IntervalScore}),
 * the ranking of families by MASE ({@link org.targetcast.model.backtest.ModelRanking}), the {@code auto}
 * and {@code combo} families built on it ({@link org.targetcast.model.backtest.AutoModel},
 * {@link org.targetcast.model.backtest.ComboModel}), a robust residual outlier flag
 * ({@link org.targetcast.model.backtest.OutlierDetector}), and the calibration of the uncertainty engine's
 * share bands with a variance correction ({@link org.targetcast.model.backtest.ShareCalibration}).
 *
 * <p>Everything here is pure: no I/O, immutable values, engines configured by copies. A forecast from an
 * origin is made from a model fitted to the data up to that origin only.
 */
package org.targetcast.model.backtest;

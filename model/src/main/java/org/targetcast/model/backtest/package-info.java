/**
 * Forecast evaluation of one trend family on one series: rolling-origin backtests
 * ({@link org.targetcast.model.backtest.RollingOrigin}), point and interval accuracy
 * ({@link org.targetcast.model.backtest.Metrics}, {@link org.targetcast.model.backtest.IntervalScore}) and
 * a robust residual outlier flag ({@link org.targetcast.model.backtest.OutlierDetector}). Choosing and
 * combining families from these scores lives above, in {@code selection}; the calibration of the share
 * bands in {@code calibration}.
 *
 * <p>Everything here is pure: no I/O, immutable values, engines configured by copies. A forecast from an
 * origin is made from a model fitted to the data up to that origin only.
 */
package org.targetcast.model.backtest;

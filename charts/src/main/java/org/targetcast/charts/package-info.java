/**
 * Model results as XChart charts, and their export.
 *
 * <p>{@link org.targetcast.charts.ShareTrajectoryChart} draws a share's history, projection and targets;
 * {@link org.targetcast.charts.FanChart} draws its history and a fan of projected quantiles
 * ({@link org.targetcast.charts.FanBands}) with targets and the probability of reaching each;
 * {@link org.targetcast.charts.ScenarioOverlayChart} sets several scenarios' paths
 * ({@link org.targetcast.charts.ScenarioPath}) and bands over the history;
 * {@link org.targetcast.charts.ProbabilityMapChart} maps the probability of reaching a target over a
 * two-way sweep ({@link org.targetcast.charts.ProbabilityGrid}) with a probability contour;
 * {@link org.targetcast.charts.TornadoChart} shows one-at-a-time sensitivity
 * ({@link org.targetcast.charts.SensitivityBar}) around a base value;
 * {@link org.targetcast.charts.BacktestChart} sets past forecasts ({@link org.targetcast.charts.PastForecast})
 * against the outcomes; {@link org.targetcast.charts.ComponentsChart} draws the levels of the digital and
 * other components and their total over history and projection;
 * {@link org.targetcast.charts.ShareHistogramChart} draws the share's distribution in a target year
 * ({@link org.targetcast.charts.ShareDistribution}) with the target and the probability of reaching it;
 * {@link org.targetcast.charts.DecompositionChart} splits the share's yearly change into the contributions of
 * digital and other growth;
 * {@link org.targetcast.charts.ChartPreset} fixes sizes and type for slides, print and web;
 * {@link org.targetcast.charts.Labels} holds every text in English and Chinese
 * ({@link org.targetcast.charts.Lang}), the charts' and, read through the engine's glossary, the terminal's,
 * the report's and the explorer's; {@link org.targetcast.charts.Fonts} gives the font they are drawn in,
 * the shipped {@link org.targetcast.charts.ShippedFont}; {@link org.targetcast.charts.ChartExporter} writes PNG, SVG and PDF. Failures are
 * {@link org.targetcast.charts.ChartException}s. Nothing here opens a window.
 */
package org.targetcast.charts;

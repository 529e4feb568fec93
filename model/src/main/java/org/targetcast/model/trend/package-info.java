/**
 * Trend families fitted to one annual series: log-linear, linear, random walk with drift, damped trend,
 * Theta and logistic on a share; and the pooled drift, which shrinks a series' drift toward a panel's
 * cross-section ({@code DriftCrossSection}) and calibrates its intervals on the panel's past errors
 * ({@code ConformalScores}). Each fit reports parameters with standard errors, residuals, sigma, AICc and
 * a forecast. The registry of every family, auto and combo included, is {@code TrendModels} in {@code selection}.
 *
 * <p>Conventions shared by every family: years need not be contiguous (an excluded year is left out of
 * a regression, spread over the span by the drift, and a missing observation in the damped recursion);
 * sigma and residuals are on the estimation scale (log level, level, or logit of the share); AICc is the
 * Gaussian one of {@code InformationCriteria}, counting sigma among the parameters; forecasts on the log
 * scale are returned as {@code exp(.)}, the median, without bias correction. Invalid input gets a
 * {@link org.targetcast.model.ModelException} naming the series, the year and the rule.
 */
package org.targetcast.model.trend;

/**
 * Trend families fitted to one annual series: log-linear, linear, random walk with drift, damped trend
 * and logistic on a share. Each fit reports parameters with standard errors, residuals, sigma, AICc and
 * a forecast.
 */
package org.targetcast.model.trend;

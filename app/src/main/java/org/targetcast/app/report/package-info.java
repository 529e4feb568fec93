/**
 * What a run writes: the verdict table, the forecast table ({@link org.targetcast.app.report.ForecastTable},
 * shown by {@link org.targetcast.app.report.ForecastSection}), CSV files, charts, the report (one {@link
 * org.targetcast.app.report.ReportDocument} rendered as HTML and as PDF) and the manifest, into an output
 * folder replaced atomically or added to file by file ({@link org.targetcast.app.report.OutputFolder}), only
 * where {@link org.targetcast.app.report.OutputGuard} allows; single files through
 * {@link org.targetcast.app.report.AtomicFile}; every CSV field through
 * {@link org.targetcast.app.report.Formats#csv} and {@link org.targetcast.app.report.Formats#csvText}.
 * Every word a reader sees comes from {@link org.targetcast.engine.text.Glossary}, every probability through
 * {@link org.targetcast.app.report.ProbabilityText}'s precision rule.
 */
package org.targetcast.app.report;

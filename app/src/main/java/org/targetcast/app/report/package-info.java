/**
 * What a run writes: the verdict table, CSV files, charts and the manifest, into an output folder replaced
 * atomically or added to file by file ({@link org.targetcast.app.report.OutputFolder}), only where
 * {@link org.targetcast.app.report.OutputGuard} allows; single files through
 * {@link org.targetcast.app.report.AtomicFile}; every CSV field through
 * {@link org.targetcast.app.report.Formats#csv} and {@link org.targetcast.app.report.Formats#csvText}.
 */
package org.targetcast.app.report;

/** What a run writes: the verdict table, CSV files, charts and the manifest, into an output folder replaced atomically. */
package org.targetcast.app.report;

/** Annual time series: immutable values indexed by calendar year. */
package org.targetcast.model.series;

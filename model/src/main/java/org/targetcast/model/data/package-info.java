/**
 * Observations as read from the shipped data, and the construction of a two-component history
 * (digital and other) from them, with a flag on every value that is not a plain published figure.
 */
package org.targetcast.model.data;

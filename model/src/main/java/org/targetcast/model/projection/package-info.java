/** Deterministic projection of the two components and the share from fitted trends and explicit assumptions. */
package org.targetcast.model.projection;

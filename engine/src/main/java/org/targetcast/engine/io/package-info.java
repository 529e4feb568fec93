/** Readers of the files users edit (scenario YAML, data CSV) and writers of the output folder. */
package org.targetcast.engine.io;

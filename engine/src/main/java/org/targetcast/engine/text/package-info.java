/**
 * The words every front end prints: the glossary of terms in English and Chinese, and the one rendering of a
 * result's provenance (chart footers, report notes, the explorer, the library).
 */
package org.targetcast.engine.text;

/** The command-line application: the only {@code main}, subcommands, and the error handling for users. */
package org.targetcast.app;

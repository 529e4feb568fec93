/** The picocli commands, one class per subcommand. */
package org.targetcast.app.cli;

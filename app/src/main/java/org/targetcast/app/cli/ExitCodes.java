package org.targetcast.app.cli;

/** The exit codes of every command. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An internal error: a defect, reported in one line (stack trace with {@code --verbose}). */
    public static final int INTERNAL = 1;
    /** Bad input: a scenario, data file or option the user can fix; nothing was written. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}

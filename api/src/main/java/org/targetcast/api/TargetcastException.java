package org.targetcast.api;

import java.util.List;

/**
 * A failure the command line reports with exit code 2: bad input ({@link BadInputException}) or a model that
 * cannot work with the input it was given ({@link ModelFailureException}). The message is the first line the
 * command line prints; {@link #lines()} has them all.
 *
 * <pre>{@code
 * try {
 *     tc.run(Scenarios.read(Path.of("scenarios/high.yaml")));
 * } catch (TargetcastException e) {
 *     e.lines().forEach(System.err::println);
 * }
 * }</pre>
 */
public abstract sealed class TargetcastException extends RuntimeException
        permits BadInputException, ModelFailureException {
    private static final long serialVersionUID = 1L;

    TargetcastException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @return what the command line prints for this failure, one line each */
    public abstract List<String> lines();
}

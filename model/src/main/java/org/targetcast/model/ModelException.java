package org.targetcast.model;

/**
 * The one exception type of the engine: an input the model cannot use, or a fit that cannot be
 * identified. The message is written for a user and names the field, the value and what was expected
 * ("growth for 2027 = -1.5 is below -1"). It is not an {@link IllegalArgumentException}: a programming
 * error inside the engine (an illegal argument between its own classes) must not pass for bad input.
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The scenario key the problem belongs to, e.g. {@code components.digital.model}, or empty. */
    private final String key;

    /**
     * @param message what is wrong, for a user
     */
    public ModelException(String message) {
        this(message, "");
    }

    private ModelException(String message, String key) {
        super(message);
        this.key = key;
    }

    /**
     * @param scenarioKey the scenario key the problem belongs to, dotted ({@code components.other.model})
     * @return the same problem, carrying that key, so that a reader can locate it in the file without
     *     reading the message
     */
    public ModelException atKey(String scenarioKey) {
        ModelException e =
                new ModelException(getMessage(), java.util.Objects.requireNonNull(scenarioKey, "scenarioKey"));
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** @return the scenario key the problem belongs to, or an empty string where it belongs to none */
    public String key() {
        return key;
    }

    /**
     * Creates an exception from a {@link String#format(String, Object...)} template.
     *
     * @param template message template
     * @param args template arguments
     * @return the exception, to be thrown by the caller
     */
    public static ModelException of(String template, Object... args) {
        return new ModelException(String.format(java.util.Locale.ROOT, template, args));
    }
}

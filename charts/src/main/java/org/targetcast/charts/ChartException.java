package org.targetcast.charts;

import java.util.Locale;

/**
 * The one exception type of the charts layer: data a chart cannot draw, a missing font, or a file that
 * could not be written. The message is written for a user and names what is wrong and where
 * ("history share for 2020 = 44.5 is outside (0, 1)", "cannot write out/share.png: ...").
 */
public final class ChartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, for a user
     */
    public ChartException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, for a user
     * @param cause the underlying failure, e.g. an {@link java.io.IOException} from an encoder
     */
    public ChartException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception from a {@link String#format(String, Object...)} template, formatted in
     * {@link Locale#ROOT} so that numbers read the same on every machine.
     *
     * @param template message template
     * @param args template arguments
     * @return the exception, to be thrown by the caller
     */
    public static ChartException of(String template, Object... args) {
        return new ChartException(String.format(Locale.ROOT, template, args));
    }
}

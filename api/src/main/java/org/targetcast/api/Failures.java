package org.targetcast.api;

import java.util.function.Supplier;
import org.targetcast.engine.io.InputException;
import org.targetcast.model.ModelException;

/** Turns the engine's and readers' exceptions into the facade's, as the command line's handler does. */
final class Failures {
    private Failures() {}

    static <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (InputException e) {
            throw new BadInputException(e);
        } catch (ModelException e) {
            throw new ModelFailureException(e);
        }
    }

    /**
     * @return the value, if given
     * @throws BadInputException "expected ..., found none" for null, as the command line says of a missing value
     */
    static <T> T required(T value, String where, String expected) {
        if (value == null) {
            throw badInput(where, "expected " + expected + ", found none");
        }
        return value;
    }

    /** @return the values, if the array and each of them are given */
    static <T> T[] requiredEach(T[] values, String where, String expected) {
        required(values, where, expected);
        for (T v : values) {
            required(v, where, expected);
        }
        return values;
    }

    static BadInputException badInput(String where, String message) {
        return new BadInputException(InputException.at(where, 0, 0, "", message));
    }
}

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

    static BadInputException badInput(String where, String message) {
        return new BadInputException(InputException.at(where, 0, 0, "", message));
    }
}

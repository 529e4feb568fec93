package org.targetcast.api;

import java.util.List;
import org.targetcast.model.ModelException;

/**
 * A model that cannot work with what it was given where no input file is to blame, e.g. a backtest series too
 * short for any origin. The command line prints it as {@code targetcast: <message>}.
 *
 * <pre>{@code
 * try {
 *     tc.backtest("unctad:Nowhere.digital");
 * } catch (ModelFailureException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class ModelFailureException extends TargetcastException {
    private static final long serialVersionUID = 1L;

    ModelFailureException(ModelException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public List<String> lines() {
        return List.of("targetcast: " + getMessage());
    }
}

package org.targetcast.api;

import java.util.Objects;
import org.targetcast.model.analysis.Assumption;

/**
 * One axis of a sweep: an assumption and the inclusive range its values span; the {@code --x} and {@code --y}
 * of {@code targetcast sweep}.
 *
 * <pre>{@code
 * SweepResult map = tc.sweep(base, 0, Axis.of("digital_growth", 0.02, 0.14), Axis.of("other_growth", 0.0, 0.12), 41);
 * }</pre>
 *
 * @param assumption the assumption varied
 * @param from the first value
 * @param to the last value, above {@code from}
 */
public record Axis(Assumption assumption, double from, double to) {
    /** Checks the range. */
    public Axis {
        Objects.requireNonNull(assumption, "assumption");
        if (!(to > from) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw Failures.badInput("axis " + assumption.key(), "expected FROM below TO, found " + from + ":" + to);
        }
    }

    /**
     * @param key one of {@code digital_growth}, {@code other_growth}, {@code digital_volatility},
     *     {@code other_volatility}, {@code correlation}, {@code variance_scale} ({@link Assumption#keys()})
     * @param from the first value
     * @param to the last value
     * @return the axis
     * @throws BadInputException for an unknown assumption or an empty range
     */
    public static Axis of(String key, double from, double to) {
        Failures.required(key, "axis", "one of " + String.join(", ", Assumption.keys()));
        Assumption a = Assumption.fromKey(key)
                .orElseThrow(() -> Failures.badInput(
                        "axis",
                        "unknown assumption '" + key + "'; expected one of " + String.join(", ", Assumption.keys())));
        return new Axis(a, from, to);
    }
}

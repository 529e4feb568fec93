package org.targetcast.model.target;

/** A target a scenario is judged against. */
public sealed interface Target permits ShareTarget, GrowthTarget {
    /** @return the last year the target concerns */
    int year();

    /** @return a short label, e.g. {@code share >= 45% in 2029} */
    String label();
}

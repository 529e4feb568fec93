package org.targetcast.api;

/** Where the shipped data and scenarios are, seen from the api module's folder. */
final class Shipped {
    static final String DATA = "../scenarios/data/observations.csv";
    static final String SCENARIOS = "../scenarios";

    private Shipped() {}
}

package org.targetcast.api;

/**
 * One cell of a probability map: the row of {@code sweep.csv}.
 *
 * <pre>{@code
 * map.cells().stream().filter(c -> c.probability() >= 0.5).findFirst()
 *         .ifPresent(c -> System.out.println("first cell at 50 %: " + c.x() + ", " + c.y()));
 * }</pre>
 *
 * @param x the value of the first assumption
 * @param y the value of the second assumption
 * @param probability P(met) with both set so, all else as in the scenario
 */
public record SweepCell(double x, double y, double probability) {}

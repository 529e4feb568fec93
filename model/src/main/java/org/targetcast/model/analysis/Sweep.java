package org.targetcast.model.analysis;

import java.util.stream.IntStream;
import org.targetcast.model.ModelException;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.simulation.ProgressListener;

/**
 * A two-way sweep: the probability of one target over a grid of two assumptions, all else as in the
 * scenario. Cells are independent and each is computed the same way whatever the thread, so the grid is
 * identical however it is scheduled.
 */
public final class Sweep {
    private Sweep() {}

    /**
     * The result: {@code probability[j][i]} at {@code x[i]}, {@code y[j]}.
     *
     * @param x the first assumption
     * @param xs its values
     * @param y the second assumption
     * @param ys its values
     * @param targetIndex the target
     * @param probability the grid
     * @param exact whether every cell is a closed-form value
     * @param scenarioX the scenario's own value of x ({@link Assumption#current}: for growth, the compound
     *     mean over the projected years, the one constant growth the sweep would set to reach the same level)
     * @param scenarioY the scenario's own value of y
     * @param firstYear the first projected year, from which a swept growth applies (to the horizon)
     * @param scenarioProbability the scenario's own probability of the target, exactly as {@code run} gives
     *     it (its own paths, central path and families): the value at the marked point. A cell sets one
     *     constant growth for every family averaged, so the cell nearest the mark may differ from it
     */
    public record Result(
            Assumption x,
            double[] xs,
            Assumption y,
            double[] ys,
            int targetIndex,
            double[][] probability,
            boolean exact,
            double scenarioX,
            double scenarioY,
            int firstYear,
            double scenarioProbability) {}

    /**
     * @param from first value
     * @param to last value
     * @param steps number of values, at least 2
     * @return evenly spaced values from {@code from} to {@code to}
     */
    public static double[] grid(double from, double to, int steps) {
        if (steps < 2 || !(to > from)) {
            throw ModelException.of("grid %s to %s in %d steps: need from < to and at least 2 steps", from, to, steps);
        }
        return IntStream.range(0, steps)
                .mapToDouble(i -> from + (to - from) * i / (steps - 1))
                .toArray();
    }

    /**
     * @param evaluator how a variant's probability is computed
     * @param scenario the scenario varied
     * @param targetIndex the target
     * @param x first assumption and its values
     * @param xs values of x
     * @param y second assumption
     * @param ys values of y
     * @return the probability grid
     */
    public static Result run(
            Evaluator evaluator,
            Scenario scenario,
            int targetIndex,
            Assumption x,
            double[] xs,
            Assumption y,
            double[] ys) {
        return run(evaluator, Simulator.withDefaults(), scenario, targetIndex, x, xs, y, ys);
    }

    /**
     * @param evaluator how a variant's probability is computed
     * @param simulator the run's simulator, for the scenario's own probability at the marked point
     * @param scenario the scenario varied
     * @param targetIndex the target
     * @param x first assumption and its values
     * @param xs values of x
     * @param y second assumption
     * @param ys values of y
     * @return the probability grid
     */
    public static Result run(
            Evaluator evaluator,
            Simulator simulator,
            Scenario scenario,
            int targetIndex,
            Assumption x,
            double[] xs,
            Assumption y,
            double[] ys) {
        return run(evaluator, simulator, scenario, targetIndex, x, xs, y, ys, ProgressListener.NONE);
    }

    /**
     * As {@link #run(Evaluator, Simulator, Scenario, int, Assumption, double[], Assumption, double[])}, telling
     * {@code progress} as each row of the grid is done (rows finish out of order, from several threads).
     *
     * @param evaluator how a variant's probability is computed
     * @param simulator the run's simulator, for the scenario's own probability at the marked point
     * @param scenario the scenario varied
     * @param targetIndex the target
     * @param x first assumption and its values
     * @param xs values of x
     * @param y second assumption
     * @param ys values of y
     * @param progress told the rows done out of the rows of the grid
     * @return the probability grid
     */
    public static Result run(
            Evaluator evaluator,
            Simulator simulator,
            Scenario scenario,
            int targetIndex,
            Assumption x,
            double[] xs,
            Assumption y,
            double[] ys,
            ProgressListener progress) {
        if (x == y) {
            throw ModelException.of("sweep: the two assumptions must differ, both are %s", x.key());
        }
        if (targetIndex < 0 || targetIndex >= scenario.targets().size()) {
            throw ModelException.of(
                    "sweep: target %d does not exist; the scenario has %d",
                    targetIndex + 1, scenario.targets().size());
        }
        Evaluator weighed = evaluator.weighing(scenario);
        int first = weighed.history().lastYear() + 1;
        double[][] p = new double[ys.length][xs.length];
        java.util.concurrent.atomic.AtomicInteger rows = new java.util.concurrent.atomic.AtomicInteger();
        IntStream.range(0, ys.length).parallel().forEach(j -> {
            Scenario row = y.apply(scenario, first, ys[j]);
            for (int i = 0; i < xs.length; i++) {
                p[j][i] = weighed.probability(x.apply(row, first, xs[i]), targetIndex);
            }
            progress.progress(rows.incrementAndGet(), ys.length);
        });
        boolean exact = weighed.isExact(x.apply(y.apply(scenario, first, ys[0]), first, xs[0]), targetIndex);
        Projection own = weighed.project(scenario);
        return new Result(
                x,
                xs.clone(),
                y,
                ys.clone(),
                targetIndex,
                p,
                exact,
                x.current(own),
                y.current(own),
                first,
                weighed.asRun(simulator, scenario, targetIndex));
    }
}

package org.targetcast.charts;

import java.util.Locale;
import java.util.Objects;

/**
 * The result of a two-way sweep: the probability of reaching a target at each pair of assumption values,
 * e.g. digital growth (x) against growth of the other services (y). Axis values are fractions (0.06 is
 * 6 % a year) and are plotted in percent.
 *
 * <p>The arrays are copied on construction and on access, so a grid never changes. Equality is that of
 * records with array components: identity of the (private) arrays, so two grids are equal only if they
 * are the same object.
 *
 * @param xLabel name of the swept assumption on the x axis, in the chart's language, e.g.
 *     {@code Digital services growth (% a year)}
 * @param x its values, strictly increasing, finite; at least two
 * @param yLabel name of the swept assumption on the y axis
 * @param y its values, strictly increasing, finite; at least two
 * @param probability {@code probability[yIndex][xIndex]}, each in [0, 1]; {@code y.length} rows of
 *     {@code x.length} values
 * @param targetLabel the target the probabilities are of, as it reads after "Probability of reaching",
 *     e.g. {@code 45 % by 2029} ({@code 2029年45%} in Chinese)
 */
public record ProbabilityGrid(
        String xLabel, double[] x, String yLabel, double[] y, double[][] probability, String targetLabel) {
    /**
     * @throws ChartException naming the field, index and value of the first problem: a blank label, an
     *     axis with fewer than two values or not strictly increasing, a probability array of the wrong
     *     shape, or a probability outside [0, 1] (named by its row, column and axis values)
     */
    public ProbabilityGrid {
        requireText("xLabel", xLabel);
        requireText("yLabel", yLabel);
        requireText("targetLabel", targetLabel);
        x = axis("x", xLabel, x);
        y = axis("y", yLabel, y);
        Objects.requireNonNull(probability, "probability");
        if (probability.length != y.length) {
            throw ChartException.of(
                    "probability has %d rows; it needs one per y value (%d)", probability.length, y.length);
        }
        double[][] copy = new double[y.length][];
        for (int j = 0; j < y.length; j++) {
            double[] row = probability[j];
            if (row == null || row.length != x.length) {
                throw ChartException.of(
                        "probability row %d (y = %s) has %s values; it needs one per x value (%d)",
                        j, percent(y[j]), row == null ? "no" : String.valueOf(row.length), x.length);
            }
            copy[j] = row.clone();
            for (int i = 0; i < x.length; i++) {
                double p = copy[j][i];
                if (!(p >= 0 && p <= 1)) {
                    throw ChartException.of(
                            "probability at x = %s, y = %s (row %d, column %d) = %s is outside [0, 1]; "
                                    + "probabilities are fractions, e.g. 0.23",
                            percent(x[i]), percent(y[j]), j, i, p);
                }
            }
        }
        probability = copy;
    }

    /** @return the x values, fractions (a new array) */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return the y values, fractions (a new array) */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return {@code probability[yIndex][xIndex]} (a new array) */
    @Override
    public double[][] probability() {
        double[][] copy = new double[probability.length][];
        for (int j = 0; j < probability.length; j++) {
            copy[j] = probability[j].clone();
        }
        return copy;
    }

    /**
     * @param yIndex row, index into {@link #y()}
     * @param xIndex column, index into {@link #x()}
     * @return the probability at that cell
     */
    public double probability(int yIndex, int xIndex) {
        return probability[yIndex][xIndex];
    }

    /** @return number of x values (columns) */
    public int columns() {
        return x.length;
    }

    /** @return number of y values (rows) */
    public int rows() {
        return y.length;
    }

    /** @return the x value of a column, a fraction */
    double xAt(int i) {
        return x[i];
    }

    /** @return the y value of a row, a fraction */
    double yAt(int j) {
        return y[j];
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "ProbabilityGrid[%s: %s %d values %s..%s, %s %d values %s..%s]",
                targetLabel,
                xLabel,
                x.length,
                percent(x[0]),
                percent(x[x.length - 1]),
                yLabel,
                y.length,
                percent(y[0]),
                percent(y[y.length - 1]));
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ChartException.of(
                    "%s is blank; a probability map needs it (e.g. %s)",
                    field, field.equals("targetLabel") ? "45 % by 2029" : "Digital services growth (% a year)");
        }
    }

    private static double[] axis(String field, String label, double[] values) {
        Objects.requireNonNull(values, field);
        if (values.length < 2) {
            throw ChartException.of(
                    "%s (%s) has %d values; a probability map needs at least two", field, label, values.length);
        }
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                throw ChartException.of("%s[%d] (%s) = %s is not a finite number", field, i, label, copy[i]);
            }
            if (i > 0 && !(copy[i] > copy[i - 1])) {
                throw ChartException.of(
                        "%s[%d] (%s) = %s does not increase from %s[%d] = %s; axis values must be strictly increasing",
                        field, i, label, copy[i], field, i - 1, copy[i - 1]);
            }
        }
        return copy;
    }

    private static String percent(double fraction) {
        return ChartStyle.number(fraction * 100) + " %";
    }

    /**
     * The same map on a finer grid, for drawing without stepped edges: {@code factor - 1} points between
     * neighbouring values on each axis, probabilities interpolated bilinearly between the four values
     * around (exact at the original points, monotone between them, so a class boundary moves by at most
     * one original step).
     *
     * @param factor steps per original step, at least 1
     * @return the finer grid; this grid for factor 1
     */
    ProbabilityGrid refined(int factor) {
        if (factor <= 1) {
            return this;
        }
        double[] fx = refine(x, factor);
        double[] fy = refine(y, factor);
        double[][] p = new double[fy.length][fx.length];
        for (int j = 0; j < fy.length; j++) {
            int j0 = Math.min(j / factor, y.length - 2);
            double v = (double) (j - j0 * factor) / factor;
            for (int i = 0; i < fx.length; i++) {
                int i0 = Math.min(i / factor, x.length - 2);
                double u = (double) (i - i0 * factor) / factor;
                double bottom = probability[j0][i0] * (1 - u) + probability[j0][i0 + 1] * u;
                double top = probability[j0 + 1][i0] * (1 - u) + probability[j0 + 1][i0 + 1] * u;
                p[j][i] = Math.min(1, Math.max(0, bottom * (1 - v) + top * v));
            }
        }
        return new ProbabilityGrid(xLabel, fx, yLabel, fy, p, targetLabel);
    }

    private static double[] refine(double[] values, int factor) {
        double[] out = new double[(values.length - 1) * factor + 1];
        for (int k = 0; k < out.length; k++) {
            int i = Math.min(k / factor, values.length - 2);
            double t = (double) (k - i * factor) / factor;
            out[k] = values[i] + (values[i + 1] - values[i]) * t;
        }
        return out;
    }
}

package org.targetcast.charts;

import java.util.Locale;
import java.util.Objects;

/**
 * The result of a two-way sweep: the probability of reaching a target at each pair of assumption values,
 * e.g. digital growth (x) against growth of the other services (y). Axis values are fractions (0.06 is
 * 6 % a year) and are plotted in percent.
 *
 * <p>The arrays are {@link FrozenArray}s, copied on construction and on access, so a grid never changes;
 * two grids are equal when their labels and values are.
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
        String xLabel,
        FrozenArray<double[]> x,
        String yLabel,
        FrozenArray<double[]> y,
        FrozenArray<double[][]> probability,
        String targetLabel) {
    /**
     * @throws ChartException naming the field, index and value of the first problem: a blank label, an
     *     axis with fewer than two values or not strictly increasing, a probability array of the wrong
     *     shape, or a probability outside [0, 1] (named by its row, column and axis values)
     */
    public ProbabilityGrid {
        requireText("xLabel", xLabel);
        requireText("yLabel", yLabel);
        requireText("targetLabel", targetLabel);
        double[] xs = axis("x", xLabel, x);
        double[] ys = axis("y", yLabel, y);
        Objects.requireNonNull(probability, "probability");
        double[][] p = probability.read();
        if (p.length != ys.length) {
            throw ChartException.of("probability has %d rows; it needs one per y value (%d)", p.length, ys.length);
        }
        for (int j = 0; j < ys.length; j++) {
            double[] row = p[j];
            if (row == null || row.length != xs.length) {
                throw ChartException.of(
                        "probability row %d (y = %s) has %s values; it needs one per x value (%d)",
                        j, percent(ys[j]), row == null ? "no" : String.valueOf(row.length), xs.length);
            }
            for (int i = 0; i < xs.length; i++) {
                if (!(row[i] >= 0 && row[i] <= 1)) {
                    throw ChartException.of(
                            "probability at x = %s, y = %s (row %d, column %d) = %s is outside [0, 1]; "
                                    + "probabilities are fractions, e.g. 0.23",
                            percent(xs[i]), percent(ys[j]), j, i, row[i]);
                }
            }
        }
    }

    /**
     * @param xLabel name of the swept assumption on the x axis
     * @param x its values, fractions
     * @param yLabel name of the swept assumption on the y axis
     * @param y its values, fractions
     * @param probability {@code probability[yIndex][xIndex]}, each in [0, 1]
     * @param targetLabel the target the probabilities are of
     * @throws ChartException as the canonical constructor
     */
    public ProbabilityGrid(
            String xLabel, double[] x, String yLabel, double[] y, double[][] probability, String targetLabel) {
        this(xLabel, FrozenArray.of(x), yLabel, FrozenArray.of(y), FrozenArray.of(probability), targetLabel);
    }

    /**
     * @param yIndex row, index into {@link #y()}
     * @param xIndex column, index into {@link #x()}
     * @return the probability at that cell
     */
    public double probability(int yIndex, int xIndex) {
        return probability.read()[yIndex][xIndex];
    }

    /** @return number of x values (columns) */
    public int columns() {
        return x.length();
    }

    /** @return number of y values (rows) */
    public int rows() {
        return y.length();
    }

    /** @return the x value of a column, a fraction */
    double xAt(int i) {
        return x.read()[i];
    }

    /** @return the y value of a row, a fraction */
    double yAt(int j) {
        return y.read()[j];
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "ProbabilityGrid[%s: %s %d values %s..%s, %s %d values %s..%s]",
                targetLabel,
                xLabel,
                columns(),
                percent(xAt(0)),
                percent(xAt(columns() - 1)),
                yLabel,
                rows(),
                percent(yAt(0)),
                percent(yAt(rows() - 1)));
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ChartException.of(
                    "%s is blank; a probability map needs it (e.g. %s)",
                    field, field.equals("targetLabel") ? "45 % by 2029" : "Digital services growth (% a year)");
        }
    }

    private static double[] axis(String field, String label, FrozenArray<double[]> values) {
        Objects.requireNonNull(values, field);
        double[] v = values.read();
        if (v.length < 2) {
            throw ChartException.of(
                    "%s (%s) has %d values; a probability map needs at least two", field, label, v.length);
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw ChartException.of("%s[%d] (%s) = %s is not a finite number", field, i, label, v[i]);
            }
            if (i > 0 && !(v[i] > v[i - 1])) {
                throw ChartException.of(
                        "%s[%d] (%s) = %s does not increase from %s[%d] = %s; axis values must be strictly increasing",
                        field, i, label, v[i], field, i - 1, v[i - 1]);
            }
        }
        return v;
    }

    private static String percent(double fraction) {
        return ChartStyle.number(fraction * 100) + "%";
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
        double[] fx = refine(x.read(), factor);
        double[] fy = refine(y.read(), factor);
        double[][] cells = probability.read();
        double[][] p = new double[fy.length][fx.length];
        for (int j = 0; j < fy.length; j++) {
            int j0 = Math.min(j / factor, rows() - 2);
            double v = (double) (j - j0 * factor) / factor;
            for (int i = 0; i < fx.length; i++) {
                int i0 = Math.min(i / factor, columns() - 2);
                double u = (double) (i - i0 * factor) / factor;
                double bottom = cells[j0][i0] * (1 - u) + cells[j0][i0 + 1] * u;
                double top = cells[j0 + 1][i0] * (1 - u) + cells[j0 + 1][i0 + 1] * u;
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

package org.targetcast.charts;

import java.util.Locale;
import java.util.Objects;

/**
 * The distribution of the share in one year as a histogram: bins between increasing edges (fractions) and
 * a height per bin proportional to the probability density there. For bins of equal width the probability
 * mass per bin (the fraction of simulated paths in it) is such a height; for unequal bins use
 * {@link #fromMass(int, double[], double[])}, which divides the mass by the width. Only proportions matter:
 * a chart rescales the heights so that the histogram's area is 1. The arrays are {@link FrozenArray}s,
 * copied on the way in and out.
 *
 * @param year the year the share is for
 * @param edges bin edges, fractions in [0, 1], strictly increasing; at least two
 * @param density one height per bin ({@code edges.length - 1}), finite and not negative, not all zero
 */
public record ShareDistribution(int year, FrozenArray<double[]> edges, FrozenArray<double[]> density) {
    /**
     * @throws ChartException naming the year and the index at fault if the edges are fewer than two, not
     *     increasing or outside [0, 1], the heights do not number one per bin, a height is negative or not
     *     finite, or all are zero
     */
    public ShareDistribution {
        check(
                year,
                Objects.requireNonNull(edges, "edges").read(),
                Objects.requireNonNull(density, "density").read());
    }

    /**
     * @param year the year the share is for
     * @param edges bin edges, fractions in [0, 1], strictly increasing
     * @param density one height per bin
     * @throws ChartException as the canonical constructor
     */
    public ShareDistribution(int year, double[] edges, double[] density) {
        this(year, FrozenArray.of(edges), FrozenArray.of(density));
    }

    private static void check(int year, double[] edges, double[] density) {
        if (edges.length < 2) {
            throw ChartException.of(
                    "distribution for %d has %d edges; a histogram needs at least two", year, edges.length);
        }
        for (int i = 0; i < edges.length; i++) {
            if (!(edges[i] >= 0 && edges[i] <= 1)) {
                throw ChartException.of(
                        "distribution for %d: edge %d = %s is outside [0, 1]; shares are fractions, e.g. 0.45",
                        year, i, edges[i]);
            }
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw ChartException.of(
                        "distribution for %d: edge %d = %s is not above edge %d = %s; edges must increase",
                        year, i, edges[i], i - 1, edges[i - 1]);
            }
        }
        if (density.length != edges.length - 1) {
            throw ChartException.of(
                    "distribution for %d has %d edges and %d densities; give one density per bin (%d)",
                    year, edges.length, density.length, edges.length - 1);
        }
        double total = 0;
        for (int i = 0; i < density.length; i++) {
            if (!(density[i] >= 0) || Double.isInfinite(density[i])) {
                throw ChartException.of(
                        "distribution for %d: density of bin %d [%s, %s) = %s is negative or not finite",
                        year, i, edges[i], edges[i + 1], density[i]);
            }
            total += density[i];
        }
        if (total == 0) {
            throw ChartException.of("distribution for %d: every density is zero", year);
        }
    }

    /**
     * @param year the year the share is for
     * @param edges bin edges, fractions, strictly increasing
     * @param mass probability mass (or count) per bin
     * @return the distribution with heights {@code mass[i] / (edges[i + 1] - edges[i])}
     * @throws ChartException as the constructor
     */
    public static ShareDistribution fromMass(int year, double[] edges, double[] mass) {
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(mass, "mass");
        if (edges.length >= 2 && mass.length == edges.length - 1) {
            double[] d = new double[mass.length];
            for (int i = 0; i < mass.length; i++) {
                double width = edges[i + 1] - edges[i];
                d[i] = width > 0 ? mass[i] / width : mass[i];
            }
            return new ShareDistribution(year, edges, d);
        }
        return new ShareDistribution(year, edges, mass);
    }

    /** @return the number of bins */
    public int bins() {
        return density.length();
    }

    /**
     * @return the heights rescaled to a density over percentage points: bin {@code i}'s height times
     *     {@code 100 / Σ density[j] (edges[j + 1] - edges[j]) / 100}, so that the bars' area, in percent
     *     times percentage points, is 100 (percent of the probability per percentage point)
     */
    public double[] percentPerPoint() {
        double[] edges = this.edges.read();
        double[] density = this.density.read();
        double area = 0;
        for (int i = 0; i < density.length; i++) {
            area += density[i] * (edges[i + 1] - edges[i]) * 100;
        }
        double[] h = new double[density.length];
        for (int i = 0; i < density.length; i++) {
            h[i] = density[i] / area * 100;
        }
        return h;
    }

    /**
     * The histogram's probability of a share at least {@code share}: the area of the bins above it, with a
     * bin that contains it counted in proportion to the part above (the density is taken flat in a bin).
     *
     * @param share a fraction
     * @return the probability, in [0, 1]
     */
    public double probabilityAtOrAbove(double share) {
        double[] edges = this.edges.read();
        double[] density = this.density.read();
        double total = 0;
        double above = 0;
        for (int i = 0; i < density.length; i++) {
            double width = edges[i + 1] - edges[i];
            total += density[i] * width;
            double part = Math.max(0, Math.min(width, edges[i + 1] - share));
            above += density[i] * part;
        }
        return above / total;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "ShareDistribution[%d, %d bins, %s–%s]",
                year,
                bins(),
                edges.read()[0],
                edges.read()[bins()]);
    }
}

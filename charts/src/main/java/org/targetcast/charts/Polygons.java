package org.targetcast.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Several polygons in one XChart series: their points one after another, each polygon closed by a
 * {@code NaN} point, after which XChart starts the next ({@code PolygonArea} fills each, a {@code Line}
 * series draws each as a separate line). Mutable, local to one chart's layout. Not API.
 */
final class Polygons {
    private final List<double[]> points = new ArrayList<>();

    /** @return these polygons with the rectangle from x0 to x1 and y0 to y1 added (five points, closed) */
    Polygons rectangle(double x0, double x1, double y0, double y1) {
        points.add(new double[] {x0, y0});
        points.add(new double[] {x1, y0});
        points.add(new double[] {x1, y1});
        points.add(new double[] {x0, y1});
        points.add(new double[] {x0, y0});
        return close();
    }

    /** @return these polygons with the segment from a to b added, each {@code {x, y}} */
    Polygons segment(double[] a, double[] b) {
        points.add(a.clone());
        points.add(b.clone());
        return close();
    }

    private Polygons close() {
        points.add(new double[] {Double.NaN, Double.NaN});
        return this;
    }

    /** @return whether nothing was added */
    boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * @param emptyX where the one point of an empty series lies
     * @return {@code {x, y}} of every point; with nothing added, one point {@code (emptyX, NaN)}, which draws
     *     nothing and keeps the series' legend entry
     */
    double[][] xy(double emptyX) {
        if (points.isEmpty()) {
            return new double[][] {{emptyX}, {Double.NaN}};
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        return new double[][] {x, y};
    }
}

package org.targetcast.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;

/**
 * A probability map: the probability of reaching a target over a two-way sweep of assumptions
 * ({@link ProbabilityGrid}), each cell coloured by its probability on a sequential scale from 0 to 100 %
 * in ten classes of 10 points (light yellow to dark blue, after ColorBrewer's YlGnBu), with the contour
 * at a chosen probability (by default 50 %) drawn over the cells. Axis values are plotted in percent, with
 * percent tick labels.
 *
 * <p><b>Why filled polygons on an {@link XYChart}, not XChart's {@code HeatMapChart}.</b> XChart 3.8.8's
 * {@code HeatMapChart} takes its axes as categories, so a 41 × 41 sweep gets 41 tick labels on each axis
 * and no numeric tick thinning; it holds one series and cannot draw a line over the cells, so the contour
 * could not be shown; and it is not an {@code XYChart}, so it could not reuse the framing (title,
 * subtitle, source line, footer) and house style of the other charts. Here each probability class is one
 * {@code PolygonArea} series whose polygons are the cells of that class (a run of neighbouring cells in a
 * row of the same class is one rectangle; XChart starts a new polygon after a {@code NaN}), so the axes are
 * numeric (ticks every 2 points for 2 to 14 %), the legend is the colour key, and the contour is one
 * more (line) series. A 41 × 41 grid is at most 1,681 rectangles in ten series; it renders in well under
 * a second.
 *
 * <p>Cells are centred on the grid values and meet halfway between neighbours; the outer cells extend
 * half a step beyond the first and last values, which are the ends of the axes. A cell is in class
 * {@code k} (0 to 9) when its probability is in {@code [k / 10, (k + 1) / 10)}, and 1 is in class 9.
 *
 * <p>The contour is traced by marching squares on the grid of cell centres, interpolating linearly along
 * each edge of a square whose corners lie on both sides of the level (a corner at or above the level is
 * inside); a saddle (two opposite corners inside) is resolved by the mean of its four corners. It is one
 * line series of segments separated by {@code NaN}, drawn only if the level is crossed.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = ProbabilityMapChart.of(grid).withContourLevel(0.8).withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>The scenario's own point ({@link #withScenarioPoint}) is a ring in ink, series {@link #SCENARIO_POINT};
 * where a swept growth stands for a path that varies by year, its legend says over which years it is the
 * mean.
 *
 * <p>Series are named for code ({@link #classSeries(int)}, {@link #CONTOUR}, {@link #SCENARIO_POINT}) and
 * labelled for people in the chart's language ({@code 40–50 %}, {@code P = 50 % contour}). Legend order:
 * the classes from the highest down, then the contour, then the scenario's point. Every class is in the legend, also when no cell falls in it, so maps of
 * different sweeps share one key.
 */
public final class ProbabilityMapChart extends FramedChart<ProbabilityMapChart, ProbabilityMapChart.Data> {
    /** Name of the contour series. */
    public static final String CONTOUR = "contour";
    /** Name of the series marking the scenario's own point. */
    public static final String SCENARIO_POINT = "scenario";
    /** Number of probability classes. */
    public static final int CLASSES = 10;

    /** ColorBrewer YlGnBu, nine classes; the ten class colours are spread evenly along it. */
    private static final Color[] RAMP = {
        new Color(0xFF, 0xFF, 0xD9), new Color(0xED, 0xF8, 0xB1), new Color(0xC7, 0xE9, 0xB4),
                new Color(0x7F, 0xCD, 0xBB),
        new Color(0x41, 0xB6, 0xC4), new Color(0x1D, 0x91, 0xC0), new Color(0x22, 0x5E, 0xA8),
                new Color(0x25, 0x34, 0x94),
        new Color(0x08, 0x1D, 0x58)
    };

    /** About how many cells the map is drawn with across its shorter side (before merging runs of a class). */
    static final int REFINED_CELLS = 120;

    /**
     * What the chart shows.
     *
     * @param grid the sweep
     * @param contourLevel the level of the contour drawn; NaN for none
     * @param point the scenario's point marked; null for none
     */
    public record Data(ProbabilityGrid grid, double contourLevel, ScenarioPoint point) {
        /** @throws ChartException if the contour level is neither NaN nor in (0, 1) */
        public Data {
            Objects.requireNonNull(grid, "grid");
            if (!Double.isNaN(contourLevel) && !(contourLevel > 0 && contourLevel < 1)) {
                throw ChartException.of(
                        "contour level = %s is outside (0, 1); levels are probabilities, e.g. 0.5", contourLevel);
            }
        }
    }

    /**
     * The scenario's own values of the two swept assumptions.
     *
     * @param x its x value, a fraction like the axis values
     * @param y its y value
     * @param growthYears where a swept growth is the scenario's mean over years (its path may vary by year),
     *     those years as they should read, e.g. {@code 2026–2035}; null where both values are the scenario's own
     */
    public record ScenarioPoint(double x, double y, String growthYears) {
        /** @throws ChartException if a value is not finite or the years are blank */
        public ScenarioPoint {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw ChartException.of(
                        "scenario point (%s, %s) is not finite; give the scenario's values of the two assumptions",
                        x, y);
            }
            if (growthYears != null && growthYears.isBlank()) {
                throw ChartException.of("scenario point: growth years are blank; give them (e.g. 2026–2035) or null");
            }
        }
    }

    private ProbabilityMapChart(Data data, ChartFrame frame) {
        super(
                data,
                frame,
                ProbabilityMapChart::new,
                labels -> labels.text(Labels.MAP_TITLE, data.grid().targetLabel()));
    }

    /**
     * A map in English with the 50 % contour, the default title ({@code Probability of reaching 45 % by
     * 2029}), no subtitle, the default source line and no footer.
     *
     * @param grid the sweep
     * @return the chart
     */
    public static ProbabilityMapChart of(ProbabilityGrid grid) {
        return new ProbabilityMapChart(new Data(grid, 0.5, null), ChartFrame.defaults());
    }

    /**
     * @param level the probability whose contour is drawn, in (0, 1), e.g. 0.5
     * @return a copy drawing that contour
     * @throws ChartException if the level is outside (0, 1)
     */
    public ProbabilityMapChart withContourLevel(double level) {
        if (Double.isNaN(level)) {
            throw ChartException.of("contour level = NaN is outside (0, 1); levels are probabilities, e.g. 0.5");
        }
        return withData(new Data(data().grid(), level, data().point()));
    }

    /** @return a copy drawing no contour */
    public ProbabilityMapChart withoutContour() {
        return withData(new Data(data().grid(), Double.NaN, data().point()));
    }

    /**
     * @param p the scenario's own values of the two assumptions, marked on the map (a point outside the
     *     map's range is left out)
     * @return a copy marking it
     */
    public ProbabilityMapChart withScenarioPoint(ScenarioPoint p) {
        return withData(new Data(data().grid(), data().contourLevel(), Objects.requireNonNull(p, "point")));
    }

    /**
     * @param k a class, 0 (probabilities below 10 %) to 9 (90 % and above)
     * @return the name of that class's series, e.g. {@code class.40-50}
     */
    public static String classSeries(int k) {
        return "class." + (10 * k) + "-" + (10 * k + 10);
    }

    /**
     * @param p a probability in [0, 1]
     * @return its class: {@code floor(10 p)}, with 1 in class 9 (a rounding allowance of 1e-9 puts 0.3 in
     *     class 3, not 2)
     */
    public static int classOf(double p) {
        return Math.min(CLASSES - 1, (int) Math.floor(p * CLASSES + 1e-9));
    }

    /**
     * @param k a class, 0 to 9
     * @return its colour: class {@code k} at position {@code k / 9} along the ramp
     */
    static Color classColor(int k) {
        double pos = (double) k / (CLASSES - 1) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) Math.floor(pos));
        return ChartStyle.mix(RAMP[i], RAMP[i + 1], pos - i);
    }

    @Override
    XYChart draw(Data d, ChartPreset preset) {
        Labels labels = labels();
        FramedXYChart chart = newChart(preset, d.grid().xLabel(), d.grid().yLabel());
        chart.deckKind(DeckKind.PICTURE);
        double[] xEdges = edges(d.grid().x().get());
        double[] yEdges = edges(d.grid().y().get());
        // Drawn on a finer grid, interpolated, so class boundaries have small steps, not one per grid cell;
        // the finer cells keep the axis ends of the grid's own.
        ProbabilityGrid fine = d.grid()
                .refined(REFINED_CELLS
                        / Math.max(1, Math.min(d.grid().columns(), d.grid().rows()) - 1));
        double[] fineX = edges(fine.x().get());
        double[] fineY = edges(fine.y().get());
        fineX[0] = xEdges[0];
        fineX[fineX.length - 1] = xEdges[xEdges.length - 1];
        fineY[0] = yEdges[0];
        fineY[fineY.length - 1] = yEdges[yEdges.length - 1];

        for (int k = CLASSES - 1; k >= 0; k--) {
            Polygons polygons = classPolygons(fine, k, fineX, fineY);
            if (polygons.isEmpty()) {
                // the legend lists only the classes the map shows
                continue;
            }
            double[][] cells = polygons.xy(xEdges[0]);
            String label = labels.text(
                    Labels.LEGEND_PROBABILITY_CLASS, ChartStyle.number(10.0 * k), ChartStyle.number(10.0 * k + 10));
            // outlined in their own colour a little wider than a hairline, so that rows meet without seams
            ChartStyle.addPolygon(chart, classSeries(k), label, cells[0], cells[1], classColor(k))
                    .setLineStyle(ChartStyle.solid(Math.max(0.6f, preset.lineWidth() * 0.35f)));
        }
        if (!Double.isNaN(d.contourLevel())) {
            double[][] contour = contour(d.contourLevel());
            if (contour[0].length > 0) {
                ChartStyle.addLine(
                        chart,
                        CONTOUR,
                        labels.text(Labels.LEGEND_CONTOUR, Labels.percentText(d.contourLevel())),
                        contour[0],
                        contour[1],
                        ChartStyle.targetColor(0),
                        ChartStyle.solid(preset.lineWidth()));
            }
        }
        if (d.point() != null) {
            String label = d.point().growthYears() == null
                    ? labels.text(Labels.LEGEND_SCENARIO_POINT)
                    : labels.text(Labels.LEGEND_SCENARIO_POINT_MEAN, d.point().growthYears());
            double px = 100 * d.point().x();
            double py = 100 * d.point().y();
            if (px >= xEdges[0]
                    && px <= xEdges[xEdges.length - 1]
                    && py >= yEdges[0]
                    && py <= yEdges[yEdges.length - 1]) {
                XYSeries marker = chart.addSeries(SCENARIO_POINT, new double[] {px}, new double[] {py});
                marker.setLabel(label);
                marker.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                marker.setMarker(new HollowCircle());
                marker.setMarkerColor(Palette.INK);
            }
        }

        XYStyler s = chart.getStyler();
        s.setMarkerSize(Math.round(preset.markerSize() * 1.8f));
        ChartStyle.legendAtRight(s, preset);
        s.setPlotContentSize(1.0);
        s.setPlotGridLinesVisible(false);
        s.setxAxisTickLabelsFormattingFunction(ChartStyle.percentTicks(labels));
        s.setyAxisTickLabelsFormattingFunction(ChartStyle.percentTicks(labels));
        s.setXAxisMin(xEdges[0]);
        s.setXAxisMax(xEdges[xEdges.length - 1]);
        s.setYAxisMin(yEdges[0]);
        s.setYAxisMax(yEdges[yEdges.length - 1]);
        return chart;
    }

    /**
     * @param values axis values, fractions, strictly increasing
     * @return the cell edges in percent: halfway between neighbours, half a step beyond the ends
     */
    static double[] edges(double[] values) {
        int n = values.length;
        double[] e = new double[n + 1];
        e[0] = 100 * (values[0] - (values[1] - values[0]) / 2);
        for (int i = 1; i < n; i++) {
            e[i] = 100 * (values[i - 1] + values[i]) / 2;
        }
        e[n] = 100 * (values[n - 1] + (values[n - 1] - values[n - 2]) / 2);
        return e;
    }

    /**
     * @return {@code {x, y}} of the rectangles of class {@code k} in percent: each run of neighbouring
     *     cells of that class in a row is one closed rectangle of five points, followed by a NaN
     */
    private Polygons classPolygons(ProbabilityGrid cells, int k, double[] xEdges, double[] yEdges) {
        Polygons out = new Polygons();
        for (int j = 0; j < cells.rows(); j++) {
            int i = 0;
            while (i < cells.columns()) {
                if (classOf(cells.probability(j, i)) != k) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < cells.columns() && classOf(cells.probability(j, i)) == k) {
                    i++;
                }
                out.rectangle(xEdges[start], xEdges[i], yEdges[j], yEdges[j + 1]);
            }
        }
        return out;
    }

    /**
     * Marching squares on the cell centres.
     *
     * @param level the probability traced
     * @return {@code {x, y}} in percent: segments of two points, each followed by a NaN
     */
    double[][] contour(double level) {
        Data d = data();
        Polygons points = new Polygons();
        for (int j = 0; j + 1 < d.grid().rows(); j++) {
            for (int i = 0; i + 1 < d.grid().columns(); i++) {
                // corners counter-clockwise from bottom left; edges bottom, right, top, left
                double[] cx = {
                    d.grid().xAt(i),
                    d.grid().xAt(i + 1),
                    d.grid().xAt(i + 1),
                    d.grid().xAt(i)
                };
                double[] cy = {
                    d.grid().yAt(j),
                    d.grid().yAt(j),
                    d.grid().yAt(j + 1),
                    d.grid().yAt(j + 1)
                };
                double[] v = {
                    d.grid().probability(j, i),
                    d.grid().probability(j, i + 1),
                    d.grid().probability(j + 1, i + 1),
                    d.grid().probability(j + 1, i)
                };
                List<double[]> crossings = new ArrayList<>(4);
                for (int e = 0; e < 4; e++) {
                    int a = e;
                    int b = (e + 1) % 4;
                    if ((v[a] >= level) != (v[b] >= level)) {
                        double t = (level - v[a]) / (v[b] - v[a]);
                        crossings.add(
                                new double[] {100 * (cx[a] + t * (cx[b] - cx[a])), 100 * (cy[a] + t * (cy[b] - cy[a]))
                                });
                    }
                }
                if (crossings.size() == 2) {
                    points.segment(crossings.get(0), crossings.get(1));
                } else if (crossings.size() == 4) {
                    // Saddle: crossings on bottom, right, top, left. If the centre is inside, the inside
                    // corners join across it and the outside ones are cut off, and the other way round.
                    boolean centreInside = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
                    boolean bottomLeftInside = v[0] >= level;
                    if (centreInside == bottomLeftInside) {
                        // cut off the bottom right and top left corners
                        points.segment(crossings.get(0), crossings.get(1));
                        points.segment(crossings.get(2), crossings.get(3));
                    } else {
                        // cut off the bottom left and top right corners
                        points.segment(crossings.get(3), crossings.get(0));
                        points.segment(crossings.get(1), crossings.get(2));
                    }
                }
            }
        }
        return points.isEmpty() ? new double[][] {{}, {}} : points.xy(0);
    }
}

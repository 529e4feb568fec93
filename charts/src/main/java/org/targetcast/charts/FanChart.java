package org.targetcast.charts;

import static org.targetcast.charts.ChartStyle.percent;
import static org.targetcast.charts.ChartStyle.prepend;
import static org.targetcast.charts.ChartStyle.toDoubles;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.targetcast.model.series.AnnualSeries;

/**
 * A fan chart of the share, in the style of the Bank of England's inflation fan: observed history as a
 * solid line, the median projection as a dashed line, and central probability bands shaded darker toward
 * the centre, all opening from the last observed point. Targets are marked as in
 * {@link ShareTrajectoryChart}, with the probability of reaching each in its legend entry when the
 * {@link TargetMark} carries one. Shares come in as fractions and are plotted in percent.
 *
 * <p>A band of coverage {@code c} lies between the quantiles at levels {@code (1 - c) / 2} and
 * {@code (1 + c) / 2}: the 80 % band between the 10 % and 90 % quantiles. XChart cannot fill between two
 * lines, so each band is a closed polygon ({@link XYSeriesRenderStyle#PolygonArea}): the upper bound from
 * the last observed year forward, then the lower bound backward, {@code 2 × (years + 1)} points. Bands are
 * opaque and drawn widest first, so each narrower band covers the middle of the wider ones. By default the
 * bands are those whose lower level is a multiple of 0.1 (80, 60, 40 and 20 % for levels 0.05, 0.10, ...,
 * 0.95), or every pair of levels if none is.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = FanChart.of(history, bands)
 *         .withTargets(List.of(TargetMark.of(2029, 0.45).withProbability(0.23)))
 *         .withFrame(f -> f.withLang(Lang.ZH))
 *         .toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #HISTORY}, {@link #MEDIAN}, {@link #bandSeries(double)},
 * {@link TargetMark#series(int)}, {@link TargetMark#guideSeries(int)}) and labelled for people in the chart's
 * language. Legend order: history, bands (widest first), median, targets. The y axis runs from the lowest
 * plotted value less 2 points to the highest plus 3, rounded outwards to multiples of 5 within [0, 100].
 */
public final class FanChart extends FramedChart<FanChart, FanChart.Data> {
    /** Name of the observed series. */
    public static final String HISTORY = "history";
    /** Name of the median series. */
    public static final String MEDIAN = "median";
    /** Name of the white line under the median that keeps it visible on every band (not in the legend). */
    public static final String MEDIAN_HALO = "median.halo";

    /** Lightest band colour (the widest band). */
    private static final Color BAND_LIGHT = new Color(0xDA, 0xE8, 0xF5);
    /** Darkest band colour (the narrowest band). */
    private static final Color BAND_DARK = new Color(0x6F, 0xA3, 0xD0);

    /**
     * What the chart shows.
     *
     * @param history observed shares, fractions in (0, 1); at least one year
     * @param bands quantiles of the projected share, starting the year after the last observed year
     * @param coverages the coverages of the bands drawn, widest first
     * @param targets targets, in legend order
     */
    public record Data(
            AnnualSeries history, FanBands bands, FrozenArray<double[]> coverages, List<TargetMark> targets) {
        /**
         * @throws ChartException if a share is outside (0, 1), the history is empty or the bands do not start
         *     the year after it
         */
        public Data {
            ChartStyle.requireHistory(history, "a fan chart");
            Objects.requireNonNull(bands, "bands");
            Objects.requireNonNull(coverages, "coverages");
            if (bands.firstYear() != history.lastYear() + 1) {
                throw ChartException.of(
                        "fan bands start in %d; they must start in %d, the year after the last observed year of %s",
                        bands.firstYear(), history.lastYear() + 1, history.name());
            }
            targets = List.copyOf(targets);
        }
    }

    private FanChart(Data data, ChartFrame frame) {
        super(data, frame, FanChart::new, labels -> labels.text(Labels.FAN_TITLE));
    }

    /**
     * The default bands and no targets, in the default frame ({@link ChartFrame#defaults()}).
     *
     * @param historyShare observed shares, fractions in (0, 1); at least one year
     * @param bands quantiles of the projected share, starting the year after the last observed year
     * @return the chart
     * @throws ChartException as {@link Data#Data}
     */
    public static FanChart of(AnnualSeries historyShare, FanBands bands) {
        Objects.requireNonNull(bands, "bands");
        return new FanChart(
                new Data(historyShare, bands, FrozenArray.of(defaultCoverages(bands)), List.of()),
                ChartFrame.defaults());
    }

    /**
     * @param newCoverages probabilities the bands cover, e.g. 0.9, 0.8, ..., 0.1; each needs the levels
     *     {@code (1 - c) / 2} and {@code (1 + c) / 2} in the bands. Drawn widest first, whatever the order
     *     given
     * @return a copy drawing those bands
     * @throws ChartException if none is given, a coverage is outside (0, 1) or its levels are missing
     */
    public FanChart withBandCoverages(double... newCoverages) {
        Data d = data();
        if (newCoverages.length == 0) {
            throw ChartException.of("no band coverages given; give e.g. 0.8, 0.6, 0.4, 0.2");
        }
        double[] sorted = newCoverages.clone();
        Arrays.sort(sorted);
        double[] widestFirst = new double[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            double c = sorted[sorted.length - 1 - k];
            if (!(c > 0 && c < 1)) {
                throw ChartException.of("band coverage %s is outside (0, 1); coverages are fractions, e.g. 0.8", c);
            }
            for (double level : new double[] {(1 - c) / 2, (1 + c) / 2}) {
                if (!d.bands().hasLevel(level)) {
                    throw ChartException.of(
                            "a %s band needs the quantile at level %s, which the fan bands lack (levels %s)",
                            Labels.percentText(c) + "%",
                            levelText(level),
                            d.bands().levels());
                }
            }
            widestFirst[k] = c;
        }
        return withData(new Data(d.history(), d.bands(), FrozenArray.of(widestFirst), d.targets()));
    }

    /**
     * @param newTargets targets to mark, in legend order (replaces any set before)
     * @return a copy with those targets
     */
    public FanChart withTargets(List<TargetMark> newTargets) {
        Data d = data();
        return withData(new Data(d.history(), d.bands(), d.coverages(), newTargets));
    }

    /**
     * @param coverage the probability a band covers, e.g. 0.8
     * @return the name of that band's series, e.g. {@code band.80}
     */
    public static String bandSeries(double coverage) {
        return "band." + Labels.percentText(coverage);
    }

    @Override
    XYChart draw(Data d, ChartPreset preset) {
        Labels labels = labels();
        FramedXYChart chart = newShareChart(preset);
        float lw = preset.lineWidth();

        ChartStyle.addShareHistory(chart, HISTORY, d.history(), labels, lw);

        double[] x = fanYears();
        double[] coverages = d.coverages().read();
        for (int k = 0; k < coverages.length; k++) {
            double c = coverages[k];
            Color fill = shade(k, coverages.length);
            double[][] polygon = ChartStyle.bandPolygon(x, fanLine((1 + c) / 2), fanLine((1 - c) / 2));
            ChartStyle.addPolygon(chart, bandSeries(c), labels.band(c), polygon[0], polygon[1], fill);
        }

        // The median over a white halo, in ink: dark blue dashes vanished in the darkest band.
        ChartStyle.addLine(chart, MEDIAN_HALO, MEDIAN_HALO, x, fanLine(0.5), Color.WHITE, ChartStyle.solid(lw * 2.2f))
                .setShowInLegend(false);
        ChartStyle.addLine(
                chart,
                MEDIAN,
                labels.text(Labels.LEGEND_MEDIAN),
                x,
                fanLine(0.5),
                Palette.INK,
                ChartStyle.dashed(lw, 3.5f, 2.5f));
        ChartStyle.addTargets(chart, d.targets(), d.history().lastYear(), labels, preset);

        XYStyler s = chart.getStyler();
        // Seven or more entries, two of them long, do not fit in one row below the plot.
        ChartStyle.legendAtRight(s, preset);
        ChartStyle.yearAxes(
                s,
                preset,
                Extent.years(d.history().firstYear(), d.bands().lastYear(), d.targets()),
                yAxisRange(),
                d.targets());
        return chart;
    }

    /**
     * @return {@code {min, max}} of the y axis in percent, covering history, the widest band drawn (or the
     *     median) and the targets
     */
    double[] yAxisRange() {
        Data d = data();
        Extent e = new Extent().shares(d.history()).values(fanLine(0.5)).targets(d.targets());
        for (double c : d.coverages().read()) {
            e.values(fanLine((1 - c) / 2)).values(fanLine((1 + c) / 2));
        }
        return e.shareAxis();
    }

    /** @return the last observed year, then the projected years */
    private double[] fanYears() {
        return prepend(
                data().history().lastYear(), toDoubles(data().bands().years().get()));
    }

    /** @return the quantile at that level in percent, starting from the last observed share */
    private double[] fanLine(double level) {
        return prepend(
                data().history().lastValue() * 100, percent(data().bands().quantilesAt(level)));
    }

    /** @return the colour of band {@code k} of {@code n}, widest (k = 0) lightest */
    private static Color shade(int k, int n) {
        return ChartStyle.mix(BAND_LIGHT, BAND_DARK, n == 1 ? 1 : (double) k / (n - 1));
    }

    private static String levelText(double level) {
        return new java.math.BigDecimal(level)
                .setScale(6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * @return coverages {@code 1 - 2p} for every level {@code p < 0.5} that is a multiple of 0.1, or for
     *     every level below 0.5 if none is; widest first
     */
    private static double[] defaultCoverages(FanBands bands) {
        double[] levels = bands.levels().get();
        List<Double> tenths = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (double p : levels) {
            if (p < 0.5 - FanBands.LEVEL_TOLERANCE) {
                double c = 1 - 2 * p;
                all.add(c);
                if (Math.abs(p * 10 - Math.rint(p * 10)) <= 1e-6) {
                    tenths.add(c);
                }
            }
        }
        List<Double> chosen = tenths.isEmpty() ? all : tenths;
        return chosen.stream()
                .mapToDouble(Double::doubleValue)
                .map(c -> Math.round(c * 1e9) / 1e9)
                .toArray();
    }
}

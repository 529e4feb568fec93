package org.targetcast.model.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * The pooled (global) random walk with drift: each series' drift is shrunk toward the cross-section of
 * drifts of a panel at the same cut year (empirical Bayes, {@link DriftCrossSection}), and its prediction
 * intervals come from the panel's own out-of-sample errors (split conformal, {@link ConformalScores}).
 *
 * <p><b>Point forecast.</b> For a series with last year {@code T}, its own drift fit ({@link DriftTrend},
 * interventions included) gives {@code d}, {@code s = se(d)} and the base {@code y_T}. The panel, every
 * series cut at {@code T}, gives the cross-section's centre {@code m} and spread {@code tau^2}; the
 * empirical Bayes drift {@code d + B (m - d)}, {@code B = s^2 / (s^2 + tau^2)}, is moved at most one
 * standard error {@code s} from {@code d} (the limited-translation rule of Efron and Morris 1972, "Limiting
 * the risk of Bayes and empirical Bayes estimators, part II", JASA 67(337), 130-139, with their
 * {@code D = 1}): a series far from the others keeps most of its own drift, since a normal prior fitted to
 * a few series would otherwise pull it all the way. The forecast is {@code y_T exp(h d*)}. Only data up to
 * {@code T} enter, from every series, so a fit inside a backtest never looks ahead. The series fitted is
 * part of the cross-section only if the panel holds it.
 *
 * <p><b>Intervals.</b> The errors scored are those of the forecasting literature on logs: the absolute
 * error of {@code ln y} over the mean absolute yearly change of {@code ln y} in the forecast's training data
 * ({@link #logScale}), further divided by {@code sqrt(h)}. They are this same pooled model's past
 * forecasts on every series of the panel, from every inner origin {@code T' < T} with at least half as many
 * observations as the series being forecast ({@link #calibrationYears}; the scale of a forecast from very
 * short data is itself noisy, so such scores are not exchangeable with the one being made), for outcomes in
 * years up to {@code T} only: forecasts whose outcomes were known at the origin. The interval
 * {@code h} years ahead is {@code ln y_T + h d* +- q_h q sqrt(h)}, with {@code q} the series' own log scale
 * and {@code q_h} the conformal quantile of the scores at horizon {@code h}, or of every horizon's scores
 * where those of {@code h} are too few for the level ({@link ConformalScores}); the half-width is then made
 * non-decreasing in {@code h} (the largest over horizons {@code 1..h}), since the uncertainty of a random
 * walk never shrinks with the horizon. With no scores at all the
 * interval is the normal one of the random walk, {@code +- z sqrt(sigma^2 h + h^2 V)} ({@code V} the
 * posterior variance of the drift), and the note says so.
 *
 * <p><b>Fallback.</b> With fewer than {@value #MINIMUM_SERIES} series in the cross-section at {@code T}
 * (a single series, or a panel too short there), the model is the random walk with drift ({@code B = 0},
 * normal intervals) and its note says so.
 *
 * <p>Residuals, sigma, fitted values and AICc are those of the series' own drift fit (pooling moves only
 * the drift). Immutable and thread-safe: cross-sections and scores are computed once per cut year and kept,
 * which changes no result.
 */
public final class PooledDriftTrend implements TrendModel {
    /** The least number of series in a cross-section for pooling. */
    public static final int MINIMUM_SERIES = 3;

    private static final PooledDriftTrend ALONE = new PooledDriftTrend(List.of());

    private final List<AnnualSeries> panel;
    private final Map<Integer, DriftCrossSection> sections = new ConcurrentHashMap<>();
    private final Map<Integer, ConformalScores> scores = new ConcurrentHashMap<>();

    private PooledDriftTrend(List<AnnualSeries> panel) {
        this.panel = List.copyOf(panel);
    }

    /**
     * @param panel the series pooled over, positive levels; series that cannot be fitted at a cut year are
     *     left out of that year's cross-section
     * @return the model pooling over them
     */
    public static PooledDriftTrend over(List<AnnualSeries> panel) {
        Objects.requireNonNull(panel, "panel");
        return panel.isEmpty() ? ALONE : new PooledDriftTrend(panel);
    }

    /** @return the model without a panel: the random walk with drift, with a note saying so */
    public static PooledDriftTrend alone() {
        return ALONE;
    }

    /** @return the series pooled over */
    public List<AnnualSeries> panel() {
        return panel;
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.POOLED;
    }

    @Override
    public TrendFit fit(AnnualSeries series) {
        return fit(series, List.of());
    }

    @Override
    public TrendFit fit(AnnualSeries series, List<Intervention> interventions) {
        TrendFit own = DriftTrend.create().fit(series, interventions);
        Parameter drift = own.parameters().get(0);
        double s2 = drift.standardError() * drift.standardError();
        int cut = series.lastYear();
        DriftCrossSection section = section(cut);
        double sigma = own.sigma();
        double zBase = Math.log(own.base());
        List<Parameter> parameters = new ArrayList<>();
        if (section.size() < MINIMUM_SERIES) {
            parameters.add(drift);
            parameters.addAll(own.parameters().subList(1, own.parameters().size()));
            String note = String.format(
                    Locale.ROOT,
                    "pooled: %d series with data up to %d, %d needed to pool;" + " this is the random walk with drift",
                    section.size(),
                    cut,
                    MINIMUM_SERIES);
            return build(series, own, parameters, zBase, drift.estimate(), sigma, s2, null, note);
        }
        double[] shrunk = pooled(section, drift.estimate(), s2);
        double weight = shrunk[2];
        parameters.add(new Parameter("drift", shrunk[0], Math.sqrt(shrunk[1])));
        parameters.add(new Parameter("drift.own", drift.estimate(), drift.standardError()));
        parameters.add(new Parameter("shrinkage", weight, Double.NaN));
        parameters.add(new Parameter("drift.centre", section.centre(), Math.sqrt(section.centreVariance())));
        parameters.add(new Parameter("drift.tau", Math.sqrt(section.tau2()), Double.NaN));
        parameters.addAll(own.parameters().subList(1, own.parameters().size()));
        ConformalScores calibration = scores(cut, calibrationYears(series.size()));
        String note = String.format(
                Locale.ROOT,
                "pooled over %d series at %d: drift %.4f shrunk %.0f%% toward %.4f"
                        + " (own %.4f); intervals from %d past forecast errors of the panel",
                section.size(),
                cut,
                shrunk[0],
                100 * weight,
                section.centre(),
                drift.estimate(),
                calibration.count());
        if (calibration.count() == 0) {
            note += String.format(Locale.ROOT, " (none known by %d: normal quantiles)", cut);
        }
        return build(series, own, parameters, zBase, shrunk[0], sigma, shrunk[1], calibration, note);
    }

    /**
     * The drift used: the empirical Bayes estimate, moved at most one standard error {@code se(d)} from the
     * series' own estimate (limited translation).
     *
     * @return {@code {d*, posterior variance, weight}}, the weight being the fraction of the way to the centre
     */
    private static double[] pooled(DriftCrossSection section, double d, double s2) {
        double[] eb = section.shrink(d, s2);
        double move = eb[0] - d;
        double cap = Math.sqrt(s2);
        double used = Math.abs(move) > cap ? Math.signum(move) * cap : move;
        double gap = section.centre() - d;
        double weight = gap == 0 ? section.weight(s2) : used / gap;
        return new double[] {d + used, eb[1], weight};
    }

    /**
     * @param observations the number of observations of the series being forecast
     * @return the least number of observations at an inner origin whose forecasts calibrate its intervals:
     *     half its own (rounded up), and at least the drift's minimum
     */
    public static int calibrationYears(int observations) {
        return Math.max(DriftTrend.MINIMUM_YEARS, (observations + 1) / 2);
    }

    /** Mean absolute yearly change of the log values, the scale of the errors scored. */
    static double logScale(AnnualSeries series) {
        double sum = 0;
        for (int i = 1; i < series.size(); i++) {
            sum += Math.abs(Math.log(series.value(i)) - Math.log(series.value(i - 1)))
                    / (series.year(i) - series.year(i - 1));
        }
        return sum / (series.size() - 1);
    }

    private static TrendFit build(
            AnnualSeries series,
            TrendFit own,
            List<Parameter> parameters,
            double zBase,
            double mu,
            double sigma,
            double variance,
            ConformalScores calibration,
            String note) {
        double base = own.base();
        return BasicTrendFit.of(
                        TrendFamily.POOLED,
                        series,
                        parameters,
                        sigma,
                        own.aicc(),
                        own.fitted(),
                        own.residuals(),
                        base,
                        h -> base * Math.exp(h * mu),
                        note)
                .withIntervals((h, level) -> {
                    double sd = Math.sqrt(sigma * sigma * h + (double) h * h * variance);
                    double half = Quantiles.normal((1 + level) / 2) * sd;
                    if (calibration != null && calibration.count() > 0) {
                        double scale = logScale(series);
                        half = 0;
                        for (int k = 1; k <= h; k++) {
                            half = Math.max(half, calibration.quantile(k, level).orElse(0) * scale * Math.sqrt(k));
                        }
                    }
                    return new double[] {Math.exp(zBase + h * mu - half), Math.exp(zBase + h * mu + half)};
                });
    }

    /**
     * @param cutYear the last year of data used
     * @return the panel's cross-section of drifts at that year
     */
    public DriftCrossSection section(int cutYear) {
        DriftCrossSection s = sections.get(cutYear);
        if (s == null) {
            s = DriftCrossSection.of(panel, cutYear);
            sections.putIfAbsent(cutYear, s);
        }
        return s;
    }

    /**
     * The scores of this model's past forecasts on the panel whose outcomes are known at a cut year: from
     * every inner origin {@code T' < cutYear} of every series with at least {@code minimumYears} observations up
     * to {@code T'}, for its observed years in {@code (T', cutYear]}.
     *
     * @param cutYear the last year whose outcomes are used
     * @param minimumYears the least number of observations at an inner origin
     * @return the scores by horizon
     */
    public ConformalScores scores(int cutYear, int minimumYears) {
        int key = cutYear * 1000 + minimumYears;
        ConformalScores c = scores.get(key);
        if (c == null) {
            c = computeScores(cutYear, minimumYears);
            scores.putIfAbsent(key, c);
        }
        return c;
    }

    private ConformalScores computeScores(int cutYear, int minimumYears) {
        int longest = 0;
        for (AnnualSeries s : panel) {
            if (!s.isEmpty()) {
                longest = Math.max(longest, Math.min(cutYear, s.lastYear()) - s.firstYear());
            }
        }
        List<List<Double>> lists = ConformalScores.lists(Math.max(longest, 1));
        for (AnnualSeries s : panel) {
            if (s.isEmpty()) {
                continue;
            }
            AnnualSeries known = s.window(s.firstYear(), cutYear);
            for (int i = minimumYears - 1; i < known.size() - 1; i++) {
                int origin = known.year(i);
                DriftCrossSection inner = section(origin);
                if (inner.size() < MINIMUM_SERIES) {
                    continue;
                }
                TrendFit own;
                try {
                    own = DriftTrend.create().fit(known.window(known.firstYear(), origin));
                } catch (ModelException e) {
                    // A series that cannot be fitted at this origin (a non-positive value) gives no score.
                    continue;
                }
                Parameter drift = own.parameters().get(0);
                double[] shrunk = pooled(inner, drift.estimate(), drift.standardError() * drift.standardError());
                double scale = logScale(known.window(known.firstYear(), origin));
                double zBase = Math.log(own.base());
                double sigma = own.sigma();
                for (int j = i + 1; j < known.size(); j++) {
                    int h = known.year(j) - origin;
                    double sd = scale * Math.sqrt(h);
                    double score = Math.abs(Math.log(known.value(j)) - zBase - h * shrunk[0]) / sd;
                    if (known.value(j) > 0 && Double.isFinite(score)) {
                        lists.get(h - 1).add(score);
                    }
                }
            }
        }
        return ConformalScores.of(lists);
    }
}

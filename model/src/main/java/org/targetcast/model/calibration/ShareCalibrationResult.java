package org.targetcast.model.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.targetcast.model.ModelException;

/**
 * What a {@link ShareCalibration} backtest found: every realised share scored against its closed-form
 * distribution ({@link ShareCheck}), with summaries before and after a correction of the shock variance.
 *
 * <p><b>The correction.</b> If the engine's shock variance is right, {@code z} has unit variance. Scaling
 * the shock variance by k scales the variance of L by k (exactly without parameter uncertainty), so
 * {@code E z(1)² = k} and the method-of-moments estimate of the variance ratio is
 * <pre>
 *   k̂ = (1/n) Σ z_i²,   z_i = (L_actual,i − E L_i) / sd L_i
 * </pre>
 * ({@link #varianceScale()}). With parameter uncertainty, whose variance is not scaled, k̂ is a first
 * approximation that over-corrects slightly. Caveats: the n checks are far from independent (horizons
 * from one origin share their early errors, consecutive origins share realised years), so the effective
 * sample is a few origins' worth and k̂ is noisy; it is sensitive to single large errors (z² weighs
 * outliers heavily); and coverage computed with k̂ on the same checks is optimistic. Hence
 * {@link #leaveOneOriginOutCoverage}: each origin's checks are scored with k̂ estimated from the other
 * origins only.
 *
 * <p>Immutable. Results for several histories combine with {@link #pool}; leave-one-origin-out then
 * leaves out every history's checks from that origin year together.
 */
public final class ShareCalibrationResult {
    /** Number of bins of {@link #pitHistogram}: deciles. */
    public static final int PIT_BINS = 10;

    private static final int NO_ORIGIN = Integer.MIN_VALUE;

    private final String name;
    private final List<ShareCheck> checks;
    private final SortedMap<Integer, Integer> fittedThrough;
    private final List<String> skipped;
    private final List<String> notes;

    ShareCalibrationResult(
            String name,
            List<ShareCheck> checks,
            Map<Integer, Integer> fittedThrough,
            List<String> skipped,
            List<String> notes) {
        this.name = name;
        this.checks = List.copyOf(checks);
        this.fittedThrough = Collections.unmodifiableSortedMap(new TreeMap<>(fittedThrough));
        this.skipped = List.copyOf(skipped);
        this.notes = List.copyOf(notes);
    }

    /**
     * @param name the pooled result's name
     * @param parts results for several histories
     * @return one result with all their checks; skipped origins and notes prefixed with each part's name
     */
    public static ShareCalibrationResult pool(String name, List<ShareCalibrationResult> parts) {
        List<ShareCheck> all = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ShareCalibrationResult r : parts) {
            all.addAll(r.checks);
            r.skipped.forEach(s -> skipped.add(r.name + " " + s));
            r.notes.forEach(s -> notes.add(r.name + " " + s));
        }
        return new ShareCalibrationResult(name, all, Map.of(), skipped, notes);
    }

    /**
     * @param newName a name for the result, e.g. the key of the history
     * @return the same result under that name
     */
    public ShareCalibrationResult named(String newName) {
        return new ShareCalibrationResult(newName, checks, fittedThrough, skipped, notes);
    }

    /**
     * A sensitivity check: the checks whose span, from the origin to the year scored, contains none of the
     * given years (for example the pandemic years a template leaves out of its fits).
     *
     * @param years years to keep away from
     * @return the result without the checks that span any of them
     */
    public ShareCalibrationResult withoutSpanning(Set<Integer> years) {
        List<ShareCheck> kept = checks.stream()
                .filter(c -> years.stream().noneMatch(y -> y >= c.origin() && y <= c.year()))
                .toList();
        return new ShareCalibrationResult(name, kept, fittedThrough, skipped, notes);
    }

    /**
     * The checks made before a shock and scoring one of its years, or the others: how much of a miss is one
     * event no history before it could foresee.
     *
     * @param years the shock's years (e.g. the pandemic years a template leaves out of its fits)
     * @param inside true for the checks whose origin is before the first of the years and whose scored year
     *     is one of them; false for every other check
     * @return the result restricted to those checks
     */
    public ShareCalibrationResult forecastingInto(Set<Integer> years, boolean inside) {
        int first = years.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        List<ShareCheck> kept = checks.stream()
                .filter(c -> (c.origin() < first && years.contains(c.year())) == inside)
                .toList();
        return new ShareCalibrationResult(name, kept, fittedThrough, skipped, notes);
    }

    /** @return the history (or pool) calibrated */
    public String name() {
        return name;
    }

    /** @return every check, by origin then horizon */
    public List<ShareCheck> checks() {
        return checks;
    }

    /** @return the number of checks */
    public int count() {
        return checks.size();
    }

    /** @return the origins with at least one check, ascending */
    public List<Integer> origins() {
        TreeSet<Integer> o = new TreeSet<>();
        checks.forEach(c -> o.add(c.origin()));
        return List.copyOf(o);
    }

    /** @return per origin, the last year either component's trend was fitted on (never after the origin); empty when pooled */
    public SortedMap<Integer, Integer> fittedThrough() {
        return fittedThrough;
    }

    /** @return origins left out, each with why ("2017: the fit window has 3 points, fewer than 4") */
    public List<String> skipped() {
        return skipped;
    }

    /** @return distinct notes of the shock estimator (fallbacks taken at some origins) */
    public List<String> notes() {
        return notes;
    }

    /** @return the mean of z² with the engine as configured (k = 1); {@code NaN} without checks */
    public double meanSquaredZ() {
        return meanSquaredZ(checks, NO_ORIGIN);
    }

    /** @return k̂, the method-of-moments variance scale: the mean of z²; {@code NaN} without checks */
    public double varianceScale() {
        return meanSquaredZ();
    }

    /**
     * @param level nominal coverage in (0, 1)
     * @param k factor on the shock variance
     * @return the fraction of realised shares inside their central band; {@code NaN} without checks
     */
    public double coverage(double level, double k) {
        return coverage(checks, level, k);
    }

    /**
     * @param level nominal coverage
     * @param k factor on the shock variance
     * @param maxHorizon the longest horizon
     * @return coverage by horizon, index h − 1 ({@code NaN} where a horizon has no check)
     */
    public double[] coverageByHorizon(double level, double k, int maxHorizon) {
        double[] out = new double[maxHorizon];
        for (int h = 1; h <= maxHorizon; h++) {
            int hh = h;
            out[h - 1] = coverage(checks.stream().filter(c -> c.horizon() == hh).toList(), level, k);
        }
        return out;
    }

    /**
     * @param maxHorizon the longest horizon
     * @return the number of checks by horizon, index h − 1
     */
    public int[] countByHorizon(int maxHorizon) {
        int[] out = new int[maxHorizon];
        checks.stream().filter(c -> c.horizon() <= maxHorizon).forEach(c -> out[c.horizon() - 1]++);
        return out;
    }

    /**
     * @param k factor on the shock variance
     * @return counts of PIT values in [0, 0.1), [0.1, 0.2), ..., [0.9, 1]; flat when the distribution is right
     */
    public int[] pitHistogram(double k) {
        int[] bins = new int[PIT_BINS];
        for (ShareCheck c : checks) {
            bins[Math.min(PIT_BINS - 1, (int) (c.pit(k) * PIT_BINS))]++;
        }
        return bins;
    }

    /**
     * Out-of-sample coverage of the correction: the checks from each origin are scored with k̂ estimated
     * from the checks of every other origin.
     *
     * @param level nominal coverage
     * @return the pooled coverage; {@code NaN} with fewer than two origins
     */
    public double leaveOneOriginOutCoverage(double level) {
        List<Integer> origins = origins();
        if (origins.size() < 2) {
            return Double.NaN;
        }
        long covered = 0;
        for (ShareCheck c : checks) {
            double k = meanSquaredZ(checks, c.origin());
            covered += c.covered(level, k) ? 1 : 0;
        }
        return (double) covered / checks.size();
    }

    /**
     * @return per origin, k̂ estimated without that origin's checks (how much one origin moves it)
     */
    public SortedMap<Integer, Double> leaveOneOriginOutScales() {
        TreeMap<Integer, Double> out = new TreeMap<>();
        if (origins().size() >= 2) {
            origins().forEach(o -> out.put(o, meanSquaredZ(checks, o)));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * The smallest factor on the shock variance whose central band at the level covers at least that share of
     * these checks (coverage rises with k), found by bisection on a log scale between 1/100 and 10,000.
     *
     * @param level nominal coverage in (0, 1)
     * @return the coverage-matching factor; {@code NaN} without checks
     */
    public double coverageScale(double level) {
        if (checks.isEmpty()) {
            return Double.NaN;
        }
        double lo = Math.log(0.01);
        double hi = Math.log(1e4);
        if (coverage(checks, level, Math.exp(lo)) >= level) {
            return Math.exp(lo);
        }
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (coverage(checks, level, Math.exp(mid)) >= level) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Math.exp(hi);
    }

    /**
     * Leave-one-series-out: each part is scored with the factor {@link #coverageScale} finds on the checks of
     * every other group of parts (a group holds the histories of one economy, e.g. two bases of China's,
     * which must leave together).
     *
     * @param parts results for several histories
     * @param groupOf the group of a part's name
     * @param fitLevel the level the factor is matched at
     * @return per part, in order, the part with its factor and coverage
     */
    public static List<HeldOut> leaveOneSeriesOut(
            List<ShareCalibrationResult> parts, java.util.function.Function<String, String> groupOf, double fitLevel) {
        List<HeldOut> out = new ArrayList<>();
        for (ShareCalibrationResult r : parts) {
            String g = groupOf.apply(r.name);
            List<ShareCheck> others = new ArrayList<>();
            parts.stream().filter(o -> !groupOf.apply(o.name).equals(g)).forEach(o -> others.addAll(o.checks));
            double k = new ShareCalibrationResult("others", others, Map.of(), List.of(), List.of())
                    .coverageScale(fitLevel);
            out.add(new HeldOut(
                    r,
                    k,
                    r.checks.isEmpty() ? Double.NaN : coverage(r.checks, 0.8, k),
                    r.checks.isEmpty() ? Double.NaN : coverage(r.checks, 0.95, k)));
        }
        return out;
    }

    /**
     * One history scored with a factor fitted on the others ({@link #leaveOneSeriesOut}).
     *
     * @param part the history's result
     * @param factor the factor on the shock variance from the other economies
     * @param cover80 the share of its checks inside the 80 % band with that factor (NaN without checks)
     * @param cover95 the same at 95 %
     */
    public record HeldOut(ShareCalibrationResult part, double factor, double cover80, double cover95) {}

    private static double meanSquaredZ(List<ShareCheck> checks, int leaveOut) {
        double sum = 0;
        int n = 0;
        for (ShareCheck c : checks) {
            if (c.origin() != leaveOut) {
                double z = c.z(1);
                sum += z * z;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double coverage(List<ShareCheck> checks, double level, double k) {
        if (!(level > 0 && level < 1) || !(k > 0)) {
            throw ModelException.of("coverage: level %s must be in (0, 1) and k = %s above 0", level, k);
        }
        if (checks.isEmpty()) {
            return Double.NaN;
        }
        return (double) checks.stream().filter(c -> c.covered(level, k)).count() / checks.size();
    }
}

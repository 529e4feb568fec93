package org.targetcast.model.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * Flags candidate outlier years from a fit's residuals, without applying anything: a year is flagged when
 * <pre>
 *   |r_t - median(r)| &gt; threshold * 1.4826 * MAD,     MAD = median |r_i - median(r)|
 * </pre>
 * with threshold 3 by default. {@code 1.4826 MAD} estimates the standard deviation of Gaussian residuals
 * while ignoring a few wild ones (Hampel 1974, "The influence curve and its role in robust estimation",
 * JASA 69(346), 383-393; Leys et al. 2013, "Detecting outliers: do not use standard deviation around the
 * mean, use absolute deviation around the median", J. Exp. Social Psychology 49(4), 764-766). The
 * flagged years are candidates for an {@link org.targetcast.model.trend.Intervention} or an exclusion,
 * for a person to judge: a residual is large relative to one model, not proof of an event.
 *
 * <p>Edge cases: fewer than three residuals, or {@code MAD = 0} (half the residuals equal), flag nothing.
 * Immutable.
 */
public final class OutlierDetector {
    /** The default threshold, in robust standard deviations. */
    public static final double DEFAULT_THRESHOLD = 3;
    /** The consistency constant that makes {@code MAD} estimate a Gaussian standard deviation. */
    public static final double MAD_TO_SIGMA = 1.4826;

    private final double threshold;

    private OutlierDetector(double threshold) {
        this.threshold = threshold;
    }

    /**
     * One flagged year.
     *
     * @param year the year
     * @param residual its residual
     * @param score {@code (r - median) / (1.4826 MAD)}, signed
     */
    public record Candidate(int year, double residual, double score) {}

    /** @return the detector with threshold 3 */
    public static OutlierDetector withDefaults() {
        return new OutlierDetector(DEFAULT_THRESHOLD);
    }

    /**
     * @param t the threshold in robust standard deviations, positive
     * @return a copy with that threshold
     */
    public OutlierDetector withThreshold(double t) {
        if (!(t > 0) || Double.isInfinite(t)) {
            throw ModelException.of("outlier threshold = %s; a positive number is expected, e.g. 3", t);
        }
        return new OutlierDetector(t);
    }

    /**
     * @param residuals a fit's residuals by year
     * @return the flagged years, in year order
     */
    public List<Candidate> detect(AnnualSeries residuals) {
        int n = residuals.size();
        if (n < 3) {
            return List.of();
        }
        double[] r = residuals.values();
        double med = median(r.clone());
        double[] dev = Arrays.stream(r).map(v -> Math.abs(v - med)).toArray();
        double sd = MAD_TO_SIGMA * median(dev);
        if (!(sd > 0)) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double z = (r[i] - med) / sd;
            if (Math.abs(z) > threshold) {
                out.add(new Candidate(residuals.year(i), r[i], z));
            }
        }
        return List.copyOf(out);
    }

    private static double median(double[] a) {
        Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }
}

package org.targetcast.model.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The panel calibration as it could have been made at the time: each check of one economy, made at origin
 * o, is scored with the Student-t fitted ({@link StudentTErrors}) to the other economies' errors in years up
 * to o only; with fewer than {@link StudentTErrors#MIN_ERRORS} such errors, with the model's own Gaussian
 * plug-in band. {@link PanelCalibration} fits on every other economy's errors, later years included; this
 * shows what that hindsight is worth. For an origin before 2020 it knows no pandemic year, in the economy
 * scored or any other. One fit serves every check of an economy made at the same origin.
 */
public final class RealTimeCalibration {
    private RealTimeCalibration() {}

    /** The t fitted for one economy at one origin: k and ν, or k = 1 and ν = ∞ without enough errors. */
    private record Fit(double k, double df) {}

    private record Key(String economy, int origin) {}

    /**
     * @param raw each history's checks scored with the model's own (uncalibrated) bands
     * @param economy the economy of a history's name ({@link PanelCalibration#economy})
     * @param levels the central bands' levels, e.g. 0.8 and 0.95
     * @return per level, the share of checks inside their band, pooled over every history; NaN without checks
     */
    public static double[] coverage(
            List<ShareCalibrationResult> raw, Function<String, String> economy, double... levels) {
        Map<Key, Fit> fits = new HashMap<>();
        int n = 0;
        int[] inside = new int[levels.length];
        for (ShareCalibrationResult r : raw) {
            String own = economy.apply(r.name());
            for (ShareCheck c : r.checks()) {
                Fit fit = fits.computeIfAbsent(new Key(own, c.origin()), k -> fit(raw, economy, k));
                double scaled = Math.abs(c.z(1)) / Math.sqrt(fit.k());
                n++;
                for (int i = 0; i < levels.length; i++) {
                    double q = fit.df() == Double.POSITIVE_INFINITY
                            ? ShareCheck.normalQuantile((1 + levels[i]) / 2)
                            : new TDistribution(null, fit.df(), 1e-12)
                                    .inverseCumulativeProbability((1 + levels[i]) / 2);
                    inside[i] += scaled <= q ? 1 : 0;
                }
            }
        }
        double[] out = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = n == 0 ? Double.NaN : (double) inside[i] / n;
        }
        return out;
    }

    /**
     * @param raw each history's checks scored with the model's own (uncalibrated) bands
     * @param economy the economy of a history's name ({@link PanelCalibration#economy})
     * @return every check with the predictive the real-time calibration gives it: scale sd·√k and the t's
     *     degrees of freedom fitted on the other economies' errors up to its origin (the model's own
     *     Gaussian band without enough of them)
     */
    public static List<ScoredCheck> scored(List<ShareCalibrationResult> raw, Function<String, String> economy) {
        Map<Key, Fit> fits = new HashMap<>();
        List<ScoredCheck> out = new ArrayList<>();
        for (ShareCalibrationResult r : raw) {
            String own = economy.apply(r.name());
            for (ShareCheck c : r.checks()) {
                Fit fit = fits.computeIfAbsent(new Key(own, c.origin()), k -> fit(raw, economy, k));
                out.add(new ScoredCheck(
                        own,
                        c.origin(),
                        c.horizon(),
                        c.actualLogRatio(),
                        c.meanLogRatio(),
                        c.sd(1) * Math.sqrt(fit.k()),
                        fit.df()));
            }
        }
        return out;
    }

    private static Fit fit(List<ShareCalibrationResult> raw, Function<String, String> economy, Key key) {
        List<Double> known = new ArrayList<>();
        for (ShareCalibrationResult other : raw) {
            if (economy.apply(other.name()).equals(key.economy())) {
                continue;
            }
            for (ShareCheck e : other.checks()) {
                if (e.year() <= key.origin()) {
                    known.add(e.z(1));
                }
            }
        }
        if (known.size() < StudentTErrors.MIN_ERRORS) {
            return new Fit(1, Double.POSITIVE_INFINITY);
        }
        StudentTErrors t = StudentTErrors.fit(
                known.stream().mapToDouble(Double::doubleValue).toArray());
        return new Fit(t.varianceFactor(), t.degreesOfFreedom());
    }
}

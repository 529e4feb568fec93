package org.targetcast.model.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The panel calibration as it could have been made at the time: each check of one economy, made at origin
 * o, is scored with the Student-t fitted ({@link StudentTErrors}) to the other economies' errors in years up
 * to o only; with fewer than {@link StudentTErrors#MIN_ERRORS} such errors, with the model's own Gaussian
 * plug-in band. {@link PanelCalibration} fits on every other economy's errors, later years included; this
 * shows what that hindsight is worth. For an origin before 2020 it knows no pandemic year, in the economy
 * scored or any other.
 */
public final class RealTimeCalibration {
    private RealTimeCalibration() {}

    /**
     * @param raw each history's checks scored with the model's own (uncalibrated) bands
     * @param economy the economy of a history's name ({@link PanelCalibration#economy})
     * @param level the central band's level, e.g. 0.8
     * @return the share of checks inside their band, pooled over every history; NaN without checks
     */
    public static double coverage(List<ShareCalibrationResult> raw, Function<String, String> economy, double level) {
        int n = 0;
        int inside = 0;
        for (ShareCalibrationResult r : raw) {
            String own = economy.apply(r.name());
            for (ShareCheck c : r.checks()) {
                List<Double> known = new ArrayList<>();
                for (ShareCalibrationResult other : raw) {
                    if (economy.apply(other.name()).equals(own)) {
                        continue;
                    }
                    for (ShareCheck e : other.checks()) {
                        if (e.year() <= c.origin()) {
                            known.add(e.z(1));
                        }
                    }
                }
                double k = 1;
                double df = Double.POSITIVE_INFINITY;
                if (known.size() >= StudentTErrors.MIN_ERRORS) {
                    StudentTErrors t = StudentTErrors.fit(
                            known.stream().mapToDouble(Double::doubleValue).toArray());
                    k = t.varianceFactor();
                    df = t.degreesOfFreedom();
                }
                double q = df == Double.POSITIVE_INFINITY
                        ? ShareCheck.normalQuantile((1 + level) / 2)
                        : new TDistribution(null, df, 1e-12).inverseCumulativeProbability((1 + level) / 2);
                n++;
                inside += Math.abs(c.z(1)) / Math.sqrt(k) <= q ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : (double) inside / n;
    }
}

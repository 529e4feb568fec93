package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.scenario.UncertaintySpec.ShockSource;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

/**
 * The shocks-from-history model's predictive distribution against R: with the other component constant,
 * ln(D/O) is ln D less a constant, and a drift fitted on the whole history must give R's
 * {@code rwf(log(x), drift = TRUE)} intervals, variance {@code σ²h(1 + h/m)}, in the closed form (which the simulation is
 * checked against elsewhere). Values from {@code rwf-reference.R}, kept beside them.
 */
class RandomWalkPredictiveReferenceTest {
    private static final Properties R = load();

    @Test
    void closedFormMatchesRwfWithDrift() {
        double[] x = values("data.digital");
        double other = values("data.other")[0];
        int first = (int) values("data.first_year")[0];
        double[] total = Arrays.stream(x).map(v -> v + other).toArray();
        ComponentHistory h = new ComponentHistory(
                "R",
                "USD",
                AnnualSeries.contiguous("r.digital", first, x),
                AnnualSeries.contiguous("r.total", first, total),
                Map.of());
        int last = first + x.length - 1;
        ComponentSpec drift = ComponentSpec.of(TrendFamily.DRIFT);
        UncertaintySpec u = UncertaintySpec.defaults().withShocks(ShockSource.HISTORY);
        Scenario s = new Scenario("r", "r", "", "r", last + 6, first, drift, drift, List.of(), u);
        var p = Projector.withDefaults().project(s, h);
        ShockModel shocks = ShockEstimator.estimate(p).model();
        assertEquals(0, shocks.sigmaOther(), 1e-12, "a constant component has no shocks");
        ClosedForm cf = ClosedForm.of(SimulationPlan.of(p), shocks);
        double lnOther = Math.log(other);
        double[] mean = values("rwf.mean");
        for (int k = 1; k <= 6; k++) {
            int y = last + k;
            assertEquals(mean[k - 1], cf.meanLogRatio(y) + lnOther, 1e-9, "mean, h = " + k);
            for (double level : new double[] {80, 95}) {
                double z = Math.sqrt(2) * Erf.erfInv(level / 100);
                String tag = String.valueOf((int) level);
                assertEquals(
                        values("rwf.lower" + tag)[k - 1],
                        cf.meanLogRatio(y) - z * cf.sdLogRatio(y) + lnOther,
                        1e-9,
                        "lower " + tag + " %, h = " + k);
                assertEquals(
                        values("rwf.upper" + tag)[k - 1],
                        cf.meanLogRatio(y) + z * cf.sdLogRatio(y) + lnOther,
                        1e-9,
                        "upper " + tag + " %, h = " + k);
            }
        }
    }

    private static double[] values(String key) {
        String v = R.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("no reference value " + key);
        }
        return Arrays.stream(v.split(","))
                .map(String::trim)
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    private static Properties load() {
        try (InputStream in = RandomWalkPredictiveReferenceTest.class.getResourceAsStream("rwf-reference.properties")) {
            if (in == null) {
                throw new IllegalStateException("rwf-reference.properties is missing from the test resources");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

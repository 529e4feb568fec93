package org.targetcast.model.trend;

import static org.targetcast.model.trend.Tolerance.assertAbsolute;
import static org.targetcast.model.trend.Tolerance.assertRelative;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;
import org.targetcast.model.series.AnnualSeries;

/** The values computed in R by {@code reference.R}, read from {@code reference.properties} beside it. */
final class ReferenceValues {
    private static final Properties VALUES = load();

    private ReferenceValues() {}

    private static Properties load() {
        try (InputStream in = ReferenceValues.class.getResourceAsStream("reference.properties")) {
            if (in == null) {
                throw new IllegalStateException("reference.properties is missing from the test resources");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] array(String key) {
        String v = VALUES.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("no reference value " + key);
        }
        return Arrays.stream(v.split(","))
                .map(String::trim)
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    static double value(String key) {
        double[] a = array(key);
        if (a.length != 1) {
            throw new IllegalArgumentException(key + " holds " + a.length + " values, not one");
        }
        return a[0];
    }

    /**
     * @param name series name
     * @param key key of the values, one per year of {@code data.years}
     * @return the series
     */
    static AnnualSeries series(String name, String key) {
        double[] v = array(key);
        int[] years = Arrays.stream(array("data.years"))
                .mapToInt(y -> (int) y)
                .limit(v.length)
                .toArray();
        return AnnualSeries.of(name, years, v);
    }

    /**
     * @param fit a fit
     * @param name a parameter name
     * @return that parameter
     */
    static Parameter parameter(TrendFit fit, String name) {
        return fit.parameters().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " in " + fit));
    }

    /**
     * Compares a straight-line fit with R's {@code lm} values stored under {@code prefix}.
     *
     * @param fit the fit
     * @param prefix the key prefix in reference.properties
     * @param tolerance relative tolerance for coefficients, standard errors, sigma, AICc and values
     */
    static void assertMatchesLine(TrendFit fit, String prefix, double tolerance) {
        assertRelative(
                value(prefix + ".intercept"), parameter(fit, "intercept").estimate(), tolerance, prefix + " intercept");
        assertRelative(
                value(prefix + ".intercept.se"),
                parameter(fit, "intercept").standardError(),
                tolerance,
                prefix + " intercept se");
        assertRelative(value(prefix + ".slope"), parameter(fit, "slope").estimate(), tolerance, prefix + " slope");
        assertRelative(
                value(prefix + ".slope.se"), parameter(fit, "slope").standardError(), tolerance, prefix + " slope se");
        assertRelative(value(prefix + ".sigma"), fit.sigma(), tolerance, prefix + " sigma");
        assertRelative(value(prefix + ".aicc"), fit.aicc(), tolerance, prefix + " aicc");
        assertRelative(array(prefix + ".fitted"), fit.fitted().values(), tolerance, prefix + " fitted");
        double scale =
                Arrays.stream(array(prefix + ".residuals")).map(Math::abs).max().orElse(1);
        assertAbsolute(
                array(prefix + ".residuals"), fit.residuals().values(), tolerance * scale, prefix + " residuals");
        assertRelative(array(prefix + ".forecast"), fit.forecast(5), tolerance, prefix + " forecast");
    }
}

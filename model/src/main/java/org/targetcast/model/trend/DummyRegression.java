package org.targetcast.model.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * A straight line on a transformed scale with intervention dummies, for the regression families:
 * {@code z_t = a + b (t - tbar) + sum_k d_k x_k(t) + e_t}, with {@code x_k} a pulse (1 in the year of an
 * additive outlier, else 0) or a step (1 from the year of a level shift on, else 0).
 *
 * <p>Estimation by Householder QR (commons-math); standard errors {@code s sqrt(diag((X'X)^-1))} with
 * {@code s^2 = SSE / (n - p)}, {@code p = 2 + K}: R's {@code summary(lm(z ~ t + dummies))}. The AICc counts
 * {@code p + 1} quantities. Forecasts continue the dummies (pulses are 0 after the data, steps stay 1);
 * prediction intervals are {@code zhat +- t(n-p) s sqrt(1 + x0' (X'X)^-1 x0)}, as
 * {@code predict.lm(interval = "prediction")}. Needs {@code n - p >= 1}; a dummy that is collinear with the
 * line (e.g. a step that covers all but one year together with a pulse in that year) is rejected.
 */
final class DummyRegression {
    private DummyRegression() {}

    static TrendFit fit(
            TrendFamily family,
            AnnualSeries series,
            DoubleUnaryOperator transform,
            DoubleUnaryOperator inverse,
            List<Intervention> events) {
        int n = series.size();
        int p = 2 + events.size();
        if (n - p < 1) {
            throw ModelException.of(
                    "series %s: %d years cannot carry a line and %d intervention(s) %s; the %s model"
                            + " needs at least %d",
                    series.name(),
                    n,
                    events.size(),
                    events.stream().map(Intervention::label).toList(),
                    family.key(),
                    p + 1);
        }
        int[] years = series.years();
        double tbar = 0;
        for (int y : years) {
            tbar += y;
        }
        tbar /= n;
        double centre = tbar;
        double[] z = new double[n];
        RealMatrix x = new Array2DRowRealMatrix(n, p);
        for (int i = 0; i < n; i++) {
            z[i] = transform.applyAsDouble(series.value(i));
            x.setRow(i, row(years[i], centre, events));
        }
        DecompositionSolver solver = new QRDecomposition(x, 1e-10).getSolver();
        if (!solver.isNonSingular()) {
            throw ModelException.of(
                    "series %s: the interventions %s cannot be told apart from the trend line; drop"
                            + " one or exclude the years",
                    series.name(), events.stream().map(Intervention::label).toList());
        }
        RealVector coef = solver.solve(new ArrayRealVector(z, false));
        RealMatrix xtxInverse =
                new QRDecomposition(x.transpose().multiply(x)).getSolver().getInverse();
        double[] fittedZ = x.operate(coef).toArray();
        double[] residuals = new double[n];
        double[] fitted = new double[n];
        double sse = 0;
        for (int i = 0; i < n; i++) {
            residuals[i] = z[i] - fittedZ[i];
            sse += residuals[i] * residuals[i];
            fitted[i] = inverse.applyAsDouble(fittedZ[i]);
        }
        double s = Math.sqrt(sse / (n - p));
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(new Parameter("intercept", coef.getEntry(0), s * Math.sqrt(xtxInverse.getEntry(0, 0))));
        parameters.add(new Parameter("slope", coef.getEntry(1), s * Math.sqrt(xtxInverse.getEntry(1, 1))));
        for (int k = 0; k < events.size(); k++) {
            parameters.add(new Parameter(
                    events.get(k).label(), coef.getEntry(2 + k), s * Math.sqrt(xtxInverse.getEntry(2 + k, 2 + k))));
        }
        int last = series.lastYear();
        return BasicTrendFit.of(
                        family,
                        series,
                        parameters,
                        s,
                        InformationCriteria.gaussianAicc(sse, n, p + 1),
                        AnnualSeries.of(series.name() + ".fitted", years, fitted),
                        AnnualSeries.of(series.name() + ".residuals", years, residuals),
                        fitted[n - 1],
                        h -> inverse.applyAsDouble(
                                coef.dotProduct(new ArrayRealVector(row(last + h, centre, events), false))),
                        "")
                .withIntervals((h, level) -> {
                    RealVector x0 = new ArrayRealVector(row(last + h, centre, events), false);
                    double se = s * Math.sqrt(1 + x0.dotProduct(xtxInverse.operate(x0)));
                    double q = Quantiles.student((1 + level) / 2, n - p) * se;
                    double mean = coef.dotProduct(x0);
                    return new double[] {inverse.applyAsDouble(mean - q), inverse.applyAsDouble(mean + q)};
                });
    }

    private static double[] row(int year, double centre, List<Intervention> events) {
        double[] r = new double[2 + events.size()];
        r[0] = 1;
        r[1] = year - centre;
        for (int k = 0; k < events.size(); k++) {
            Intervention v = events.get(k);
            boolean on = v.kind() == Intervention.Kind.ADDITIVE_OUTLIER ? year == v.year() : year >= v.year();
            r[2 + k] = on ? 1 : 0;
        }
        return r;
    }
}

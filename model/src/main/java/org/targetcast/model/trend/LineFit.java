package org.targetcast.model.trend;

/**
 * Ordinary least squares of {@code z} on the centred year, {@code z = a + b (t - c) + e}, with
 * {@code c} the mean of the years, so that the intercept is the line's value at the mean year and the
 * two estimates are uncorrelated.
 *
 * <p>Formulas (two-pass, centred): {@code b = Sxz / Sxx}, {@code a = mean(z)},
 * {@code s^2 = SSE / (n - 2)}, {@code se(a) = s / sqrt(n)}, {@code se(b) = s / sqrt(Sxx)}; these are
 * R's {@code summary(lm(z ~ I(t - mean(t))))}. Needs at least three points with two distinct years;
 * callers check that. A constant {@code z} gives slope 0 and {@code s = 0}.
 */
final class LineFit {
    private final double centre;
    private final double intercept;
    private final double slope;
    private final double interceptSe;
    private final double slopeSe;
    private final double sse;
    private final double sxx;
    private final double[] residuals;

    private LineFit(
            double centre,
            double intercept,
            double slope,
            double interceptSe,
            double slopeSe,
            double sse,
            double sxx,
            double[] residuals) {
        this.centre = centre;
        this.intercept = intercept;
        this.slope = slope;
        this.interceptSe = interceptSe;
        this.slopeSe = slopeSe;
        this.sse = sse;
        this.sxx = sxx;
        this.residuals = residuals;
    }

    /**
     * @param years the years, at least three
     * @param z the values regressed on them
     * @return the fit
     */
    static LineFit of(int[] years, double[] z) {
        int n = years.length;
        double c = 0;
        double mz = 0;
        for (int i = 0; i < n; i++) {
            c += years[i];
            mz += z[i];
        }
        c /= n;
        mz /= n;
        double sxx = 0;
        double sxz = 0;
        for (int i = 0; i < n; i++) {
            double dx = years[i] - c;
            sxx += dx * dx;
            sxz += dx * (z[i] - mz);
        }
        double b = sxz / sxx;
        double[] r = new double[n];
        double sse = 0;
        for (int i = 0; i < n; i++) {
            r[i] = z[i] - (mz + b * (years[i] - c));
            sse += r[i] * r[i];
        }
        double s = Math.sqrt(sse / (n - 2));
        return new LineFit(c, mz, b, s / Math.sqrt(n), s / Math.sqrt(sxx), sse, sxx, r);
    }

    /** @return the mean year, where the intercept is measured */
    double centre() {
        return centre;
    }

    /** @return the line's value at the mean year */
    double intercept() {
        return intercept;
    }

    /** @return the change per year */
    double slope() {
        return slope;
    }

    /** @return standard error of the intercept */
    double interceptSe() {
        return interceptSe;
    }

    /** @return standard error of the slope */
    double slopeSe() {
        return slopeSe;
    }

    /** @return residual sum of squares */
    double sse() {
        return sse;
    }

    /**
     * The standard error of a new observation at {@code year}:
     * {@code s sqrt(1 + 1/n + (year - c)^2 / Sxx)}, as R's {@code predict.lm(interval = "prediction")}.
     *
     * @param year a year, usually after the data
     * @return the prediction standard error on the regression's scale
     */
    double predictionSe(double year) {
        double d = year - centre;
        return sigma() * Math.sqrt(1 + 1.0 / residuals.length + d * d / sxx);
    }

    /** @return residual standard error, {@code sqrt(SSE / (n - 2))} */
    double sigma() {
        return Math.sqrt(sse / (residuals.length - 2));
    }

    /** @return the residuals, a copy */
    double[] residuals() {
        return residuals.clone();
    }

    /**
     * @param year a year, possibly fractional or outside the data
     * @return the line's value there
     */
    double at(double year) {
        return intercept + slope * (year - centre);
    }
}

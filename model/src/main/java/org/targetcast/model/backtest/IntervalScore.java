package org.targetcast.model.backtest;

import java.util.Locale;
import org.targetcast.model.ModelException;
import org.targetcast.model.trend.PredictionInterval;

/**
 * Interval forecast accuracy at one nominal level: an immutable accumulator that combines.
 *
 * <p>For an interval {@code [l, u]} at level {@code 1 - a} and an outcome {@code y}:
 * <pre>
 *   covered  = l &lt;= y &lt;= u
 *   Winkler  = (u - l) + (2/a)(l - y) 1{y &lt; l} + (2/a)(y - u) 1{y &gt; u}
 * </pre>
 * the interval score of Winkler (1972, "A decision-theoretic approach to interval estimation", JASA
 * 67(337), 187-191) and Gneiting and Raftery (2007, "Strictly proper scoring rules, prediction, and
 * estimation", JASA 102(477), 359-378, section 6.2): lower is better; it rewards narrow intervals and
 * penalises misses in proportion to their distance. {@link #scaledWinkler()} divides each score by the
 * same MASE scale as {@link Metrics}, so that series of different sizes can be averaged.
 *
 * <p>Edge cases: with no intervals coverage and scores are {@code NaN}; a scale that is not positive and
 * finite leaves the scaled score out.
 */
public final class IntervalScore {
    private final double level;
    private final long count;
    private final long covered;
    private final double sumWinkler;
    private final long scaledCount;
    private final double sumScaled;

    private IntervalScore(
            double level, long count, long covered, double sumWinkler, long scaledCount, double sumScaled) {
        this.level = level;
        this.count = count;
        this.covered = covered;
        this.sumWinkler = sumWinkler;
        this.scaledCount = scaledCount;
        this.sumScaled = sumScaled;
    }

    /**
     * @param level the nominal coverage in (0, 1)
     * @return the accumulator with no intervals
     */
    public static IntervalScore empty(double level) {
        PredictionInterval.requireLevel(level);
        return new IntervalScore(level, 0, 0, 0, 0, 0);
    }

    /**
     * The Winkler score of one interval.
     *
     * @param actual the outcome
     * @param lower the lower bound
     * @param upper the upper bound, not below {@code lower}
     * @param level the nominal coverage {@code 1 - a}
     * @return {@code (u - l) + (2/a)(l - y)^+ + (2/a)(y - u)^+}
     */
    public static double winkler(double actual, double lower, double upper, double level) {
        double a = 1 - level;
        double s = upper - lower;
        if (actual < lower) {
            s += 2 / a * (lower - actual);
        } else if (actual > upper) {
            s += 2 / a * (actual - upper);
        }
        return s;
    }

    /**
     * @param actual the outcome
     * @param lower the interval's lower bound
     * @param upper its upper bound
     * @param scale the MASE scale of the forecast's training data
     * @return this accumulator with one more interval
     * @throws ModelException if a value is not finite or {@code lower > upper}
     */
    public IntervalScore add(double actual, double lower, double upper, double scale) {
        if (!Double.isFinite(actual) || !Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw ModelException.of(
                    "interval score: actual %s, interval [%s, %s] must be finite and ordered", actual, lower, upper);
        }
        double w = winkler(actual, lower, upper, level);
        boolean scaled = scale > 0 && Double.isFinite(scale);
        return new IntervalScore(
                level,
                count + 1,
                covered + (actual >= lower && actual <= upper ? 1 : 0),
                sumWinkler + w,
                scaledCount + (scaled ? 1 : 0),
                sumScaled + (scaled ? w / scale : 0));
    }

    /**
     * @param other an accumulator at the same level
     * @return the accumulator of both
     * @throws ModelException if the levels differ
     */
    public IntervalScore combine(IntervalScore other) {
        if (Double.compare(level, other.level) != 0) {
            throw ModelException.of("interval score: cannot combine level %s with level %s", level, other.level);
        }
        return new IntervalScore(
                level,
                count + other.count,
                covered + other.covered,
                sumWinkler + other.sumWinkler,
                scaledCount + other.scaledCount,
                sumScaled + other.sumScaled);
    }

    /** @return the nominal coverage */
    public double level() {
        return level;
    }

    /** @return the number of intervals */
    public long count() {
        return count;
    }

    /** @return the fraction of outcomes inside their interval; {@code NaN} if empty */
    public double coverage() {
        return count == 0 ? Double.NaN : (double) covered / count;
    }

    /** @return the mean Winkler score, in the data's units; {@code NaN} if empty */
    public double winkler() {
        return count == 0 ? Double.NaN : sumWinkler / count;
    }

    /** @return the mean Winkler score divided by the MASE scale; {@code NaN} if none had a usable scale */
    public double scaledWinkler() {
        return scaledCount == 0 ? Double.NaN : sumScaled / scaledCount;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "IntervalScore[level=%s, n=%d, coverage=%.3f, winkler=%.4g]",
                level,
                count,
                coverage(),
                winkler());
    }
}

package org.targetcast.model.series;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.targetcast.model.ModelException;

/**
 * An immutable annual series: strictly increasing years, each with a finite value. Years need not be
 * contiguous (a fit window may exclude some). Defensive copies are made on the way in and out.
 */
public final class AnnualSeries {
    private final String name;
    private final int[] years;
    private final double[] values;

    private AnnualSeries(String name, int[] years, double[] values) {
        this.name = name;
        this.years = years;
        this.values = values;
    }

    /**
     * @param name what the series measures, e.g. {@code china.digital}
     * @param years strictly increasing years
     * @param values one finite value per year
     * @return the series
     * @throws ModelException if the arrays differ in length, years are not increasing or a value is not finite
     */
    public static AnnualSeries of(String name, int[] years, double[] values) {
        if (years.length != values.length) {
            throw ModelException.of("series %s: %d years but %d values", name, years.length, values.length);
        }
        for (int i = 0; i < years.length; i++) {
            if (i > 0 && years[i] <= years[i - 1]) {
                throw ModelException.of(
                        "series %s: year %d follows %d; years must increase", name, years[i], years[i - 1]);
            }
            if (!Double.isFinite(values[i])) {
                throw ModelException.of(
                        "series %s: value for %d is %s; a finite number is expected", name, years[i], values[i]);
            }
        }
        return new AnnualSeries(name, years.clone(), values.clone());
    }

    /**
     * A series over the contiguous years {@code firstYear, firstYear + 1, ...}.
     *
     * @param name what the series measures
     * @param firstYear the year of {@code values[0]}
     * @param values one value per year
     * @return the series
     */
    public static AnnualSeries contiguous(String name, int firstYear, double... values) {
        return of(name, IntStream.range(firstYear, firstYear + values.length).toArray(), values);
    }

    /** @return the series name */
    public String name() {
        return name;
    }

    /** @return the number of years */
    public int size() {
        return years.length;
    }

    /** @return {@code true} if the series has no years */
    public boolean isEmpty() {
        return years.length == 0;
    }

    /**
     * @param i index, 0-based
     * @return the year at index i
     */
    public int year(int i) {
        return years[i];
    }

    /**
     * @param i index, 0-based
     * @return the value at index i
     */
    public double value(int i) {
        return values[i];
    }

    /** @return the first year; the series must not be empty */
    public int firstYear() {
        requireNonEmpty();
        return years[0];
    }

    /** @return the last year; the series must not be empty */
    public int lastYear() {
        requireNonEmpty();
        return years[years.length - 1];
    }

    /** @return the value of the last year; the series must not be empty */
    public double lastValue() {
        requireNonEmpty();
        return values[values.length - 1];
    }

    /** @return a copy of the years */
    public int[] years() {
        return years.clone();
    }

    /** @return a copy of the values */
    public double[] values() {
        return values.clone();
    }

    /**
     * @param year a calendar year
     * @return the value in that year, or empty if the series has none
     */
    public OptionalDouble valueAt(int year) {
        int i = Arrays.binarySearch(years, year);
        return i >= 0 ? OptionalDouble.of(values[i]) : OptionalDouble.empty();
    }

    /**
     * @param year a calendar year
     * @return whether the series has a value in that year
     */
    public boolean contains(int year) {
        return Arrays.binarySearch(years, year) >= 0;
    }

    /**
     * @param from first year kept, inclusive
     * @param to last year kept, inclusive
     * @return the years in {@code [from, to]}
     */
    public AnnualSeries window(int from, int to) {
        int[] idx = IntStream.range(0, years.length)
                .filter(i -> years[i] >= from && years[i] <= to)
                .toArray();
        return select(idx);
    }

    /**
     * @param excluded years to drop (years absent from the series are ignored)
     * @return the series without those years
     */
    public AnnualSeries without(Collection<Integer> excluded) {
        int[] idx = IntStream.range(0, years.length)
                .filter(i -> !excluded.contains(years[i]))
                .toArray();
        return select(idx);
    }

    /**
     * @param newName name of the result
     * @param f function applied to each value
     * @return a series with the same years and transformed values
     */
    public AnnualSeries map(String newName, DoubleUnaryOperator f) {
        return of(newName, years, Arrays.stream(values).map(f).toArray());
    }

    /**
     * @return whether every year from the first to the last is present
     */
    public boolean isContiguous() {
        return years.length == 0 || years[years.length - 1] - years[0] == years.length - 1;
    }

    private AnnualSeries select(int[] idx) {
        int[] y = new int[idx.length];
        double[] v = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            y[k] = years[idx[k]];
            v[k] = values[idx[k]];
        }
        return new AnnualSeries(name, y, v);
    }

    private void requireNonEmpty() {
        if (years.length == 0) {
            throw ModelException.of("series %s is empty", name);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnualSeries s
                && name.equals(s.name)
                && Arrays.equals(years, s.years)
                && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(years)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append('{');
        for (int i = 0; i < years.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(years[i]).append('=').append(values[i]);
        }
        return sb.append('}').toString();
    }
}

package org.targetcast.charts;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Objects;

/**
 * An array that cannot change: a deep copy of the array it is made from ({@code int[]}, {@code double[]},
 * {@code double[][]}, any array of primitives or of arrays), handed out as a fresh copy by {@link #get()}.
 * Two are equal when their contents are ({@link Arrays#deepEquals}), so a record holding them compares by
 * content and needs no copying accessors of its own:
 * <pre>{@code
 * record Histogram(FrozenArray<double[]> edges, FrozenArray<double[]> density) {}
 * double[] edges = histogram.edges().get(); // a copy
 * }</pre>
 * Rows of an array of arrays may be null; they stay null in every copy.
 *
 * @param <A> the array type, e.g. {@code double[][]}
 */
public final class FrozenArray<A> {
    private final A array;

    private FrozenArray(A array) {
        this.array = array;
    }

    /**
     * @param array an array; copied, rows of an array of arrays included
     * @param <A> its type
     * @return the frozen copy
     * @throws NullPointerException if the array is null
     * @throws IllegalArgumentException if it is not an array of primitives or of such arrays
     */
    public static <A> FrozenArray<A> of(A array) {
        Objects.requireNonNull(array, "array");
        Class<?> element = array.getClass();
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (!element.isPrimitive()) {
            throw new IllegalArgumentException(
                    "not an array of numbers: " + array.getClass().getSimpleName());
        }
        return new FrozenArray<>(copy(array));
    }

    /** @return a deep copy of the array, free to change */
    public A get() {
        return copy(array);
    }

    /** @return the number of elements (rows of an array of arrays) */
    public int length() {
        return Array.getLength(array);
    }

    /**
     * The array itself, for reading inside this package where a copy per read would cost too much (a cell of
     * a probability map); never changed nor handed on.
     */
    A read() {
        return array;
    }

    @SuppressWarnings("unchecked")
    private static <A> A copy(A array) {
        int n = Array.getLength(array);
        Object c = Array.newInstance(array.getClass().getComponentType(), n);
        System.arraycopy(array, 0, c, 0, n);
        if (c instanceof Object[] rows) {
            for (int i = 0; i < n; i++) {
                rows[i] = rows[i] == null ? null : copy(rows[i]);
            }
        }
        return (A) c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrozenArray<?> f && Arrays.deepEquals(new Object[] {array}, new Object[] {f.array});
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {array});
    }

    @Override
    public String toString() {
        String s = Arrays.deepToString(new Object[] {array});
        return s.substring(1, s.length() - 1);
    }
}

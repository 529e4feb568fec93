package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FrozenArrayTest {
    @Test
    void copiesEveryRowInAndOut() {
        double[][] m = {{1, 2}, null, {3}};
        FrozenArray<double[][]> f = FrozenArray.of(m);
        m[0][0] = 9;
        f.get()[2][0] = 9;
        double[][] out = f.get();
        assertArrayEquals(new double[] {1, 2}, out[0]);
        assertNull(out[1]);
        assertArrayEquals(new double[] {3}, out[2]);
        assertEquals(3, f.length());
    }

    @Test
    void equalsByContents() {
        assertEquals(FrozenArray.of(new int[] {2026, 2027}), FrozenArray.of(new int[] {2026, 2027}));
        assertEquals(
                FrozenArray.of(new double[][] {{0.1}}).hashCode(),
                FrozenArray.of(new double[][] {{0.1}}).hashCode());
        assertNotEquals(FrozenArray.of(new double[] {1}), FrozenArray.of(new double[] {2}));
        assertNotEquals(FrozenArray.of(new double[] {1}), FrozenArray.of(new int[] {1}));
        assertEquals("[1, 2]", FrozenArray.of(new int[] {1, 2}).toString());
    }

    @Test
    void rejectsWhatIsNotAnArrayOfNumbers() {
        assertThrows(IllegalArgumentException.class, () -> FrozenArray.of("text"));
        assertThrows(IllegalArgumentException.class, () -> FrozenArray.of(new String[] {"a"}));
        assertThrows(NullPointerException.class, () -> FrozenArray.of(null));
    }
}

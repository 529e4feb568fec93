package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConformalScoresTest {
    private static List<Double> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> (double) i).toList();
    }

    @Test
    void quantileIsTheScoreOfRankCeilingOfNPlusOneTimesTheLevel() {
        ConformalScores s = ConformalScores.of(List.of(range(1, 9), range(11, 20)));
        assertEquals(8.0, s.quantile(1, 0.8).orElseThrow(), 0, "ceil(10 x 0.8) = 8th of 9");
        assertTrue(s.ownHorizon(1, 0.8));
        assertEquals(20.0, s.quantile(2, 0.9).orElseThrow(), 0, "ceil(11 x 0.9) = 10th of 10");
        assertEquals(19.0, s.quantile(2, 0.75).orElseThrow(), 0, "ceil(11 x 0.75) = 9th of 10");
    }

    @Test
    void tooFewScoresAtAHorizonFallBackToAllHorizons() {
        ConformalScores s = ConformalScores.of(List.of(range(1, 9), range(11, 20)));
        assertFalse(s.ownHorizon(1, 0.95), "ceil(10 x 0.95) = 10 > 9");
        assertEquals(20.0, s.quantile(1, 0.95).orElseThrow(), 0, "19 pooled scores: ceil(20 x 0.95) = 19th");
        assertEquals(s.quantile(3, 0.8), s.quantile(7, 0.8), "horizons without scores use the pooled ones");
    }

    @Test
    void noScoresNoQuantile() {
        ConformalScores s = ConformalScores.of(List.of(List.of(), range(1, 3)));
        assertTrue(s.quantile(1, 0.95).isEmpty());
        assertEquals(0, s.count(1));
        assertEquals(3, s.count());
    }
}

package org.targetcast.model.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

class OutlierDetectorTest {
    @Test
    void flagsAPlantedSpikeAndNothingElse() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] y = IntStream.range(0, 14)
                .mapToDouble(i -> 100 * Math.exp(0.08 * i + 0.02 * rng.nextGaussian()))
                .toArray();
        y[10] *= 1.5;
        AnnualSeries s = AnnualSeries.contiguous("spike", 2010, y);
        List<OutlierDetector.Candidate> c = OutlierDetector.withDefaults()
                .detect(TrendModels.of(TrendFamily.LOG_LINEAR).fit(s).residuals());
        assertEquals(1, c.size(), c.toString());
        assertEquals(2020, c.get(0).year());
        assertTrue(c.get(0).score() > 3);
    }

    @Test
    void scoreIsTheDistanceFromTheMedianInRobustStandardDeviations() {
        AnnualSeries r = AnnualSeries.contiguous("r", 2010, -1, 0, 1, 0, 10);
        // median 0, |dev| = 1, 0, 1, 0, 10 -> MAD 1, robust sd 1.4826
        List<OutlierDetector.Candidate> c = OutlierDetector.withDefaults().detect(r);
        assertEquals(1, c.size());
        assertEquals(10 / 1.4826, c.get(0).score(), 1e-12);
        assertEquals(
                0, OutlierDetector.withDefaults().withThreshold(7).detect(r).size());
    }

    @Test
    void flagsNothingWhenTheScaleIsZeroOrTheSeriesTiny() {
        assertEquals(
                0,
                OutlierDetector.withDefaults()
                        .detect(AnnualSeries.contiguous("r", 2010, 0, 0, 0, 5))
                        .size());
        assertEquals(
                0,
                OutlierDetector.withDefaults()
                        .detect(AnnualSeries.contiguous("r", 2010, 0, 9))
                        .size());
        assertThrows(ModelException.class, () -> OutlierDetector.withDefaults().withThreshold(0));
    }
}

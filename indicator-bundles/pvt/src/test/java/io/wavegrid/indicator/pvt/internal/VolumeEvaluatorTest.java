package io.wavegrid.indicator.pvt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.TestSnapshot;
import io.wavegrid.signal.api.Evidence;

import org.junit.jupiter.api.Test;

class VolumeEvaluatorTest {

    @Test
    void risingPriceOnRisingVolumeIsBullish() {
        Evidence last = run(i -> 100 + i, i -> 100 + 10 * i);
        assertNotNull(last);
        assertTrue(last.score() > 0.3, last.toString());
        // the words and precision the formatter wrote (%.2f) before it was replaced
        assertEquals("PVT above its signal line; relative volume 1.22", last.reasoning());
    }

    /** Price creeps to a new high on almost no volume after a high-volume sell-off: PVT does not confirm. */
    @Test
    void newPriceHighWithoutPvtIsABearishDivergence() {
        Evidence last = run(i -> i < 30 ? 100 + i : i < 40 ? 129 - 2 * (i - 30) : 110 + 2.2 * (i - 40),
                i -> i < 30 ? 10 : i < 40 ? 500 : 1);
        assertNotNull(last);
        assertTrue(last.score() < 0, last.toString());
        assertTrue(last.reasoning().contains("divergence"), last.reasoning());
        assertEquals("bearish divergence: price at a new high without PVT; relative volume 0.00", last.reasoning());
    }

    private static Evidence run(java.util.function.IntToDoubleFunction close, java.util.function.IntToDoubleFunction volume) {
        int n = 50;
        double[] closes = new double[n];
        double[] volumes = new double[n];
        for (int i = 0; i < n; i++) {
            closes[i] = close.applyAsDouble(i);
            volumes[i] = volume.applyAsDouble(i);
        }
        ArraySeries series = new ArraySeries(Bars.of(closes, closes, closes, volumes), 100);
        TestSnapshot snapshot = new TestSnapshot(series);
        VolumeEvaluator evaluator = new VolumeEvaluator(5, 20);
        Evidence last = null;
        while (series.advance()) {
            last = evaluator.evaluate(snapshot);
        }
        return last;
    }
}

package io.wavegrid.indicator.wavetrend.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.TestSnapshot;
import io.wavegrid.signal.api.Evidence;

import org.junit.jupiter.api.Test;

class WaveTrendEvaluatorTest {

    private static final WaveTrendZones ZONES = new WaveTrendZones(60, 53, -60, -53);

    /** A long slide then a sharp rebound: the first bullish cross happens deep in the oversold zone. */
    @Test
    void bullishCrossWhileOversoldIsAStrongLongCall() {
        double[] closes = new double[120];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = i < 100 ? 1000 - 4 * i - (i % 3) : closes[99] + 12 * (i - 99);
        }
        ArraySeries series = new ArraySeries(Bars.ofCloses(closes), 200);
        TestSnapshot snapshot = new TestSnapshot(series);
        WaveTrendEvaluator evaluator = new WaveTrendEvaluator(new WaveTrendCalculator(10, 21, 4), ZONES);
        Evidence cross = null;
        Evidence last = null;
        while (series.advance()) {
            Evidence evidence = evaluator.evaluate(snapshot);
            if (cross == null && evidence != null && evidence.reasoning().contains("bullish cross")) {
                cross = evidence;
            }
            last = evidence;
        }
        assertNotNull(cross, "no bullish cross found");
        assertTrue(cross.score() > 0.8, cross.toString());
        assertTrue(cross.reasoning().contains("oversold"), cross.reasoning());
        // the words and precision the formatter wrote (%.1f, %+.1f) before it was replaced
        assertEquals("WaveTrend bullish cross in the oversold zone: wt1 -66.4, wt1-wt2 +0.1", cross.reasoning());
        assertEquals("WaveTrend rising in the overbought zone: wt1 58.0, wt1-wt2 +2.4", last.reasoning());
    }

    @Test
    void zonesMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new WaveTrendZones(50, 60, -60, -53));
    }
}

package io.wavegrid.indicator.candlestick.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.analysis.api.Bias;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternState;
import io.wavegrid.analysis.api.Trend;
import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.CandleTable;

import org.junit.jupiter.api.Test;

/** Minimal hand-made cases: context decides names and scores, near-misses do not fire. */
class CandlestickAnalyzerTest {

    /** Twelve falling bars then a hammer: a bullish reversal in a downtrend scores higher than the bare shape. */
    @Test
    void hammerAfterADowntrendIsAContextualisedBullishReversal() {
        List<List<PatternDetection>> bars = Detections.perBar(withLastBar(trend(-1), 88.8, 89.0, 86.0, 88.9));
        PatternDetection hammer = find(bars.get(bars.size() - 1), "hammer");
        assertEquals(Bias.BULLISH, hammer.bias());
        assertEquals(PatternState.CONFIRMED, hammer.state());
        assertEquals(Trend.DOWN, hammer.score().trend());
        assertTrue(hammer.score().confidence() > 0.6, hammer.score().toString());
        assertTrue(Double.isNaN(hammer.breakoutLevel()));
    }

    @Test
    void theSameShapeAfterAnUptrendIsAHangingMan() {
        List<List<PatternDetection>> bars = Detections.perBar(withLastBar(trend(1), 111.2, 111.4, 108.4, 111.3));
        List<PatternDetection> last = bars.get(bars.size() - 1);
        assertEquals(Bias.BEARISH, find(last, "hanging-man").bias());
        assertFalse(last.stream().anyMatch(d -> d.pattern().equals("hammer")));
    }

    @Test
    void nearMissesDoNotFire() {
        // engulfing body but the second candle opens above the first close: not an engulfing
        CandleTable notEngulfing = Bars.ohlc(new double[] {23.25, 21.60}, new double[] {25.10, 30.87},
                new double[] {20.82, 21.50}, new double[] {21.44, 27.89});
        assertFalse(Detections.detectedAnywhere(Detections.perBar(notEngulfing), "bullish-engulfing"));
        // a long lower shadow that is only 1.5 bodies: not a hammer
        CandleTable notHammer = Bars.ohlc(new double[] {10}, new double[] {12.1}, new double[] {7}, new double[] {12});
        assertFalse(Detections.detectedAnywhere(Detections.perBar(notHammer), "hammer"));
        // three rising white candles whose last opens above the previous body: not three soldiers
        CandleTable gapped = Bars.ohlc(new double[] {10, 10.6, 12.0}, new double[] {11.1, 11.7, 13.1},
                new double[] {9.9, 10.5, 11.9}, new double[] {11, 11.6, 13});
        assertFalse(Detections.detectedAnywhere(Detections.perBar(gapped), "three-white-soldiers"));
    }

    @Test
    void outOfOrderBarIsRejected() {
        CandleTable table = trend(1);
        ArraySeries series = new ArraySeries(table, 50);
        CandlestickAnalyzer analyzer = new CandlestickAnalyzer();
        series.advance();
        analyzer.onBar(series);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analyzer.onBar(series));
        assertTrue(e.getMessage().contains("out-of-order"));
    }

    /** Twelve bars moving 1 per bar (direction sign), each with a 0.6-wide body and 1.0 range. */
    private static CandleTable trend(int direction) {
        int n = 12;
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = 100 + direction * (i + 1);
            o[i] = c[i] - direction * 0.6;
            h[i] = Math.max(o[i], c[i]) + 0.2;
            l[i] = Math.min(o[i], c[i]) - 0.2;
        }
        return Bars.ohlc(o, h, l, c);
    }

    private static CandleTable withLastBar(CandleTable table, double open, double high, double low, double close) {
        int n = table.size();
        double[] o = java.util.Arrays.copyOf(table.open, n + 1);
        double[] h = java.util.Arrays.copyOf(table.high, n + 1);
        double[] l = java.util.Arrays.copyOf(table.low, n + 1);
        double[] c = java.util.Arrays.copyOf(table.close, n + 1);
        o[n] = open;
        h[n] = high;
        l[n] = low;
        c[n] = close;
        return Bars.ohlc(o, h, l, c);
    }

    private static PatternDetection find(List<PatternDetection> detections, String label) {
        return detections.stream().filter(d -> d.pattern().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + detections));
    }
}

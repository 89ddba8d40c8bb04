package io.wavegrid.indicator.wavetrend.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.Feed;
import io.wavegrid.indicator.testkit.GeneratedMarket;

import org.junit.jupiter.api.Test;

/**
 * WaveTrend has no published reference vectors, so it is checked against a straightforward whole-array
 * transcription of the Pine script (every EMA SMA-seeded on its first {@code length} defined inputs, as
 * {@code ta.ema} does), on the real BTCUSDT 1h series and on generated data.
 */
class WaveTrendCalculatorTest {

    @Test
    void matchesWholeArrayPineTranscriptionOnRealData() {
        assertMatchesReference(CandleTable.btcHourly());
    }

    @Test
    void matchesWholeArrayPineTranscriptionOnGeneratedData() {
        assertMatchesReference(GeneratedMarket.minutes(5_000, 5));
    }

    @Test
    void isReadyExactlyAfterItsWarmup() {
        CandleTable market = GeneratedMarket.minutes(100, 2);
        WaveTrendCalculator calculator = new WaveTrendCalculator(10, 21, 4);
        int warmup = WaveTrendCalculator.warmup(10, 21, 4);
        for (int i = 0; i < warmup; i++) {
            assertFalse(calculator.isReady(), "bar " + i);
            calculator.update(market.candle(i));
        }
        assertTrue(calculator.isReady());
        assertEquals(42, warmup);
    }

    @Test
    void rejectsAnOutOfOrderBarAndCarriesOn() {
        CandleTable market = GeneratedMarket.minutes(60, 3);
        WaveTrendCalculator clean = new WaveTrendCalculator(10, 21, 4);
        WaveTrendCalculator disturbed = new WaveTrendCalculator(10, 21, 4);
        for (int i = 0; i < market.size(); i++) {
            clean.update(market.candle(i));
            disturbed.update(market.candle(i));
            if (i > 0) {
                int earlier = i - 1;
                assertThrows(IllegalArgumentException.class, () -> disturbed.update(market.candle(earlier)));
            }
        }
        assertEquals(clean.value(0), disturbed.value(0));
        assertEquals(clean.value(1), disturbed.value(1));
    }

    private static void assertMatchesReference(CandleTable table) {
        double[][] ours = Feed.values(new WaveTrendCalculator(10, 21, 4), table, 0, 1);
        double[][] reference = pine(table, 10, 21, 4);
        int compared = 0;
        for (int i = 0; i < table.size(); i++) {
            assertEquals(Double.isNaN(reference[1][i]), Double.isNaN(ours[1][i]), "readiness at bar " + i);
            if (!Double.isNaN(ours[1][i])) {
                assertEquals(reference[0][i], ours[0][i], 1e-9 * Math.max(1, Math.abs(reference[0][i])), "wt1 at " + i);
                assertEquals(reference[1][i], ours[1][i], 1e-9 * Math.max(1, Math.abs(reference[1][i])), "wt2 at " + i);
                compared++;
            }
        }
        assertTrue(compared > table.size() / 2);
    }

    private static double[][] pine(CandleTable t, int n1, int n2, int signal) {
        int n = t.size();
        double[] ap = new double[n];
        for (int i = 0; i < n; i++) {
            ap[i] = (t.high[i] + t.low[i] + t.close[i]) / 3;
        }
        double[] esa = ema(ap, n1);
        double[] distance = new double[n];
        for (int i = 0; i < n; i++) {
            distance[i] = Math.abs(ap[i] - esa[i]);
        }
        double[] d = ema(distance, n1);
        double[] ci = new double[n];
        for (int i = 0; i < n; i++) {
            ci[i] = d[i] == 0 ? 0 : (ap[i] - esa[i]) / (0.015 * d[i]);
        }
        double[] wt1 = ema(ci, n2);
        double[] wt2 = new double[n];
        double[] wt1WhenReady = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = i - signal + 1; j <= i; j++) {
                sum += j < 0 ? Double.NaN : wt1[j];
            }
            wt2[i] = sum / signal;
            wt1WhenReady[i] = Double.isNaN(wt2[i]) ? Double.NaN : wt1[i];
        }
        return new double[][] {wt1WhenReady, wt2};
    }

    /** EMA of a series whose first values may be NaN: SMA of the first {@code length} defined values, then recursive. */
    private static double[] ema(double[] x, int length) {
        double[] out = new double[x.length];
        java.util.Arrays.fill(out, Double.NaN);
        int defined = 0;
        double sum = 0;
        double alpha = 2.0 / (length + 1);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            defined++;
            if (defined < length) {
                sum += x[i];
            } else if (defined == length) {
                out[i] = (sum + x[i]) / length;
            } else {
                out[i] = out[i - 1] + alpha * (x[i] - out[i - 1]);
            }
        }
        return out;
    }
}

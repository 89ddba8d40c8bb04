package io.wavegrid.indicator.technical.internal.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.Feed;
import io.wavegrid.indicator.testkit.ReferenceVectors;
import io.wavegrid.indicator.testkit.SharedData;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tulip Indicators' reference values from Achelis, "Technical Analysis from A to Z" ({@code atoz.txt}). Tulip
 * prints its outputs after the warm-up, so the last values are compared, to the printed precision (3–4
 * decimals). Conventions: RSI and ATR are Wilder-smoothed and SMA-seeded (ATR counts the first bar's
 * high − low), EMA is seeded with the first value, Bollinger uses the population deviation, the stochastic
 * smooths %K by an SMA.
 */
class TulipReferenceTest {

    /** Half a unit of the 3rd decimal, plus a hair: Tulip prints 3-4 decimals. */
    private static final double PRINTED_PRECISION = 6e-4;
    private static Map<String, List<double[]>> cases;

    @BeforeAll
    static void load() {
        cases = ReferenceVectors.tulip(SharedData.require("indicators/tulipindicators/atoz.txt"));
    }

    @Test
    void sma() {
        List<double[]> c = cases.get("sma 5");
        assertTail(c.get(1), new SmaCalculator(5), Bars.ofCloses(c.get(0)), 0);
    }

    @Test
    void emaSeededWithTheFirstValue() {
        List<double[]> c = cases.get("ema 5");
        assertTail(c.get(1), new EmaCalculator(5, Seeding.FIRST_VALUE), Bars.ofCloses(c.get(0)), 0);
    }

    @Test
    void rsiWilderSmaSeeded() {
        List<double[]> c = cases.get("rsi 5");
        assertTail(c.get(1), new RsiCalculator(5, Seeding.SMA), Bars.ofCloses(c.get(0)), 0);
    }

    @Test
    void atrWilderSmaSeeded() {
        List<double[]> c = cases.get("atr 4");
        assertTail(c.get(3), new AtrCalculator(4, Seeding.SMA), Bars.of(c.get(0), c.get(1), c.get(2), null), 0);
    }

    @Test
    void bollingerBands() {
        List<double[]> c = cases.get("bbands 5 2");
        CandleTable table = Bars.ofCloses(c.get(0));
        assertTail(c.get(1), new BollingerCalculator(5, 2), table, BollingerCalculator.LOWER);
        assertTail(c.get(2), new BollingerCalculator(5, 2), table, BollingerCalculator.MIDDLE);
        assertTail(c.get(3), new BollingerCalculator(5, 2), table, BollingerCalculator.UPPER);
    }

    @Test
    void slowStochastic() {
        List<double[]> c = cases.get("stoch 5 3 3");
        CandleTable table = Bars.of(c.get(0), c.get(1), c.get(2), null);
        assertTail(c.get(3), new StochasticCalculator(5, 3, 3), table, 0);
        assertTail(c.get(4), new StochasticCalculator(5, 3, 3), table, 1);
    }

    @Test
    void onBalanceVolume() {
        List<double[]> c = cases.get("obv");
        double[] closes = c.get(0);
        assertTail(c.get(2), new ObvCalculator(), Bars.of(closes, closes, closes, c.get(1)), 0);
    }

    private static void assertTail(double[] expected, IndicatorCalculator calculator, CandleTable table, int output) {
        double[] actual = Feed.tail(Feed.values(calculator, table, output)[0], expected.length);
        int compared = 0;
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(actual[i])) {
                continue; // Tulip prints the EMA from the first bar; ours is not ready before its period
            }
            compared++;
            assertEquals(expected[i], actual[i], PRINTED_PRECISION + 1e-9 * Math.abs(expected[i]),
                    "value " + i + " of the last " + expected.length);
        }
        assertTrue(compared >= expected.length / 2, "only " + compared + " values were ready");
    }
}

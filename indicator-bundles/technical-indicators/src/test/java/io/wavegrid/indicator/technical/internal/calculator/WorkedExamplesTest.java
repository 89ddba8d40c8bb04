package io.wavegrid.indicator.technical.internal.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.Feed;

import org.junit.jupiter.api.Test;

/** Small cases worked out by hand, including readiness at exactly the stated warm-up. */
class WorkedExamplesTest {

    private static final CandleTable RISE = Bars.ofCloses(new double[] {10, 11, 12, 13, 14, 15});

    @Test
    void smaOfThree() {
        double[] sma = Feed.values(new SmaCalculator(3), RISE);
        assertTrue(Double.isNaN(sma[1]));
        assertEquals(11, sma[2], 1e-12);
        assertEquals(14, sma[5], 1e-12);
    }

    @Test
    void smaSeededEmaOfThree() {
        double[] ema = Feed.values(new EmaCalculator(3, Seeding.SMA), RISE);
        assertTrue(Double.isNaN(ema[1]));
        assertEquals(11, ema[2], 1e-12);
        assertEquals(12, ema[3], 1e-12);
        assertEquals(13, ema[4], 1e-12);
    }

    /** Closes 10, 12, 11, 13 with period 3: gains 2, 0, 2 (avg 4/3), losses 0, 1, 0 (avg 1/3): RSI = 100 − 100/5 = 80. */
    @Test
    void rsiOfThree() {
        double[] rsi = Feed.values(new RsiCalculator(3, Seeding.SMA), Bars.ofCloses(new double[] {10, 12, 11, 13}));
        assertTrue(Double.isNaN(rsi[2]));
        assertEquals(80, rsi[3], 1e-12);
    }

    @Test
    void flatMarketRsiIsNeutralAndRisingOnlyIsHundred() {
        assertEquals(50, Feed.values(new RsiCalculator(2, Seeding.SMA), Bars.ofCloses(new double[] {5, 5, 5}))[2], 1e-12);
        assertEquals(100, Feed.values(new RsiCalculator(2, Seeding.SMA), RISE)[5], 1e-12);
    }

    /** Closes 1..5 with period 5: mean 3, population variance 2, so bands 3 ± 2√2 and %B of the last close (5) is (5 − 3 + 2√2) / 4√2. */
    @Test
    void bollingerOfFive() {
        double[][] bands = Feed.values(new BollingerCalculator(5, 2), Bars.ofCloses(new double[] {1, 2, 3, 4, 5}), 0, 1, 2, 4);
        double width = 2 * Math.sqrt(2);
        assertEquals(3, bands[0][4], 1e-12);
        assertEquals(3 + width, bands[1][4], 1e-12);
        assertEquals(3 - width, bands[2][4], 1e-12);
        assertEquals((2 + width) / (2 * width), bands[3][4], 1e-12);
    }

    @Test
    void macdIsReadyAfterSlowPlusSignalMinusOneBars() {
        MacdCalculator macd = new MacdCalculator(2, 3, 2, Seeding.SMA);
        double[][] values = Feed.values(macd, Bars.ofCloses(new double[] {1, 2, 3, 4, 5}), 0, 1, 2);
        assertTrue(Double.isNaN(values[0][2]));
        // fast EMA(2): 1.5, 2.5, 3.5, 4.5; slow EMA(3): 2, 3, 4 -> MACD 0.5 each bar; signal SMA-seeded 0.5
        assertEquals(0.5, values[0][3], 1e-12);
        assertEquals(0.5, values[1][3], 1e-12);
        assertEquals(0, values[2][4], 1e-12);
    }

    @Test
    void obvAddsOnUpClosesAndSubtractsOnDownCloses() {
        double[] closes = {10, 11, 11, 9};
        double[] volume = {100, 200, 300, 400};
        double[] obv = Feed.values(new ObvCalculator(), Bars.of(closes, closes, closes, volume));
        assertEquals(0, obv[0]);
        assertEquals(200, obv[1]);
        assertEquals(200, obv[2]);
        assertEquals(-200, obv[3]);
    }

    @Test
    void stochasticAtTheTopOfTheRangeIsHundred() {
        StochasticCalculator stochastic = new StochasticCalculator(3, 1, 1);
        double[] k = Feed.values(stochastic, Bars.of(new double[] {11, 12, 13}, new double[] {9, 10, 11}, new double[] {10, 11, 13}, null));
        assertEquals(100 * (13 - 9) / (13.0 - 9), k[2], 1e-12);
        assertFalse(Double.isNaN(k[2]));
    }

    @Test
    void sessionVwapRestartsEachUtcDay() {
        long hour = 3_600_000L;
        CandleTable table = new CandleTable(RISE.symbol, RISE.timeframe, new long[] {22 * hour, 23 * hour, 24 * hour},
                new double[] {10, 20, 30}, new double[] {10, 20, 30}, new double[] {10, 20, 30}, new double[] {10, 20, 30},
                new double[] {1, 1, 1});
        double[] vwap = Feed.values(new VwapCalculator(VwapCalculator.Mode.SESSION, 1), table);
        assertEquals(15, vwap[1], 1e-12);
        assertEquals(30, vwap[2], 1e-12);
    }
}

package io.wavegrid.exchange.paper.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.SplittableRandom;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.junit.jupiter.api.Test;

class MarketMoveTest {

    private static final Symbol BTC = Symbol.parse("BTCUSDT");

    @Test
    void comparisonsGiveWhatTheDecimalsGiveAtAndAroundEveryPrice() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            int scale = random.nextInt(0, 9);
            double low = BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L), scale).doubleValue();
            double high = low + random.nextInt(0, 3) * Math.ulp(low) * random.nextInt(0, 1000);
            MarketMove move = MarketMove.of(new Candle(BTC, Timeframe.M1, 0, low, high, low, high, 1));
            BigDecimal exactLow = BigDecimal.valueOf(low);
            BigDecimal exactHigh = BigDecimal.valueOf(high);
            for (BigDecimal price : new BigDecimal[] {exactLow, exactHigh, nudge(exactLow, random), nudge(exactHigh, random),
                    exactLow.setScale(Math.max(0, scale - 1), RoundingMode.HALF_UP)}) {
                assertEquals(exactHigh.compareTo(price) >= 0, move.highAtLeast(price), () -> "high " + high + " >= " + price);
                assertEquals(exactHigh.compareTo(price) > 0, move.highAbove(price), () -> "high " + high + " > " + price);
                assertEquals(exactLow.compareTo(price) <= 0, move.lowAtMost(price), () -> "low " + low + " <= " + price);
                assertEquals(exactLow.compareTo(price) < 0, move.lowBelow(price), () -> "low " + low + " < " + price);
            }
        }
    }

    @Test
    void pricesBecomeTheShortestDecimalOfTheirDoubleOnceAndATradeKeepsItsOwn() {
        MarketMove candle = MarketMove.of(new Candle(BTC, Timeframe.M1, 0, 100.1, 101.25, 99.5, 100.0, 3.5));
        assertEquals(new BigDecimal("100.1"), candle.open());
        assertEquals(new BigDecimal("101.25"), candle.high());
        assertEquals(new BigDecimal("99.5"), candle.low());
        assertEquals(new BigDecimal("100.0"), candle.close());
        assertEquals(new BigDecimal("3.5"), candle.volume());
        assertSame(candle.close(), candle.close());
        BigDecimal price = new BigDecimal("30000.10");
        MarketMove ticker = MarketMove.at(BTC, price, Instant.EPOCH);
        assertSame(price, ticker.close());
        assertSame(price, ticker.high());
        assertEquals(BigDecimal.ZERO, ticker.volume());
    }

    /** A price a few units of its last digit away, or one ulp of the double away. */
    private static BigDecimal nudge(BigDecimal value, SplittableRandom random) {
        if (random.nextBoolean()) {
            return value.add(BigDecimal.ONE.movePointLeft(Math.max(0, value.scale())).multiply(BigDecimal.valueOf(random.nextInt(-2, 3))));
        }
        double d = value.doubleValue();
        return new BigDecimal(random.nextBoolean() ? Math.nextUp(d) : Math.nextDown(d));
    }
}

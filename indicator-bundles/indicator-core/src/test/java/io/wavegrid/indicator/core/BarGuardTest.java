package io.wavegrid.indicator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.junit.jupiter.api.Test;

class BarGuardTest {

    private static final Symbol BTC = new Symbol("BTC", "USDT");

    @Test
    void rejectsOutOfOrderDuplicateAndForeignBarsWithoutChangingState() {
        BarGuard guard = new BarGuard();
        guard.accept(candle(BTC, 120_000));
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class, () -> guard.accept(candle(BTC, 120_000)));
        assertTrue(duplicate.getMessage().contains("out-of-order"), duplicate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> guard.accept(candle(BTC, 60_000)));
        assertThrows(IllegalArgumentException.class, () -> guard.accept(candle(new Symbol("ETH", "USDT"), 180_000)));
        assertThrows(IllegalArgumentException.class, () -> guard.accept((Candle) null));
        assertEquals(120_000, guard.lastOpenTime());
        guard.accept(candle(BTC, 180_000));
        assertEquals(180_000, guard.lastOpenTime());
    }

    private static Candle candle(Symbol symbol, long openTime) {
        return new Candle(symbol, Timeframe.M1, openTime, 10, 11, 9, 10, 1);
    }
}

package io.wavegrid.engine.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wavegrid.market.api.CandleSeries;
import io.wavegrid.market.api.Timeframe;

import org.junit.jupiter.api.Test;

class CandleRingTest {

    @Test
    void keepsTheNewestBarsAcrossWrapAroundAndShowsThePast() {
        CandleRing ring = new CandleRing(TestPlugins.BTC, Timeframe.M1, 3);
        for (int i = 0; i < 5; i++) {
            ring.add(TestPlugins.candle(TestPlugins.BTC, i, 100 + i));
        }
        assertEquals(3, ring.size());
        assertEquals(104, ring.close(0));
        assertEquals(102, ring.close(2));
        assertThrows(IndexOutOfBoundsException.class, () -> ring.close(3));
        CandleSeries past = ring.view(1);
        assertEquals(2, past.size());
        assertEquals(103, past.close(0));
        assertEquals(102, past.close(1));
        assertThrows(IndexOutOfBoundsException.class, () -> past.close(2));
    }
}

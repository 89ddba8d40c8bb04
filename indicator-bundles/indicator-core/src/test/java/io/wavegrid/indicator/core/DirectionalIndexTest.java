package io.wavegrid.indicator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DirectionalIndexTest {

    /** A steady rise of 1 per bar with range 2: +DM is 1 every bar, −DM 0, TR 2, so +DI = 50, −DI = 0, ADX = 100. */
    @Test
    void steadyRiseWorkedExample() {
        int period = 3;
        DirectionalIndex index = new DirectionalIndex(period, Seeding.SMA);
        for (int i = 0; i < 2 * period; i++) {
            assertFalse(index.isReady());
            index.update(11 + i, 9 + i, 10 + i);
        }
        assertTrue(index.isReady());
        assertEquals(50, index.plusDi(), 1e-12);
        assertEquals(0, index.minusDi(), 1e-12);
        assertEquals(100, index.adx(), 1e-12);
    }

    @Test
    void efficiencyRatioOfStraightLineIsOneAndOfZigzagIsSmall() {
        EfficiencyRatio line = new EfficiencyRatio(4);
        EfficiencyRatio zigzag = new EfficiencyRatio(4);
        for (int i = 0; i < 5; i++) {
            line.update(100 + i);
            zigzag.update(i % 2 == 0 ? 100 : 101);
        }
        assertEquals(1, line.value(), 1e-12);
        assertEquals(0, zigzag.value(), 1e-12);
    }
}

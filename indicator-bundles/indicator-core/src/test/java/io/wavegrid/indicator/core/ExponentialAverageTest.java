package io.wavegrid.indicator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExponentialAverageTest {

    @Test
    void smaSeededEmaWorkedExample() {
        ExponentialAverage ema = ExponentialAverage.ema(3, Seeding.SMA);
        ema.update(1);
        ema.update(2);
        assertFalse(ema.isReady());
        assertTrue(Double.isNaN(ema.value()));
        ema.update(3);
        assertEquals(2, ema.value(), 1e-15);
        ema.update(6);
        assertEquals(2 + 0.5 * (6 - 2), ema.value(), 1e-15);
    }

    @Test
    void firstValueSeededWilderWorkedExample() {
        ExponentialAverage wilder = ExponentialAverage.wilder(4, Seeding.FIRST_VALUE);
        wilder.update(10);
        assertEquals(10, wilder.value());
        wilder.update(14);
        assertEquals(11, wilder.value(), 1e-15);
        assertFalse(wilder.isReady());
        wilder.update(11);
        wilder.update(11);
        assertTrue(wilder.isReady());
        assertEquals(11, wilder.value(), 1e-15);
    }

    @Test
    void rejectsNonPositivePeriodAndUnknownSeeding() {
        assertThrows(IllegalArgumentException.class, () -> ExponentialAverage.ema(0, Seeding.SMA));
        assertThrows(IllegalArgumentException.class, () -> Seeding.parse("average"));
        assertEquals(Seeding.FIRST_VALUE, Seeding.parse("first-value"));
    }
}

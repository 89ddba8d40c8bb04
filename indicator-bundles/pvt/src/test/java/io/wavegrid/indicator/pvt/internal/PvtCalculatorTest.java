package io.wavegrid.indicator.pvt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.Feed;

import org.junit.jupiter.api.Test;

class PvtCalculatorTest {

    /** Closes 100, 110, 99 with volumes 5, 10, 20: PVT 0, 0 + 0.1·10 = 1, 1 − 0.1·20 = −1; SMA-seeded EMA(2) signal. */
    @Test
    void workedExample() {
        double[] closes = {100, 110, 99};
        CandleTable table = Bars.of(closes, closes, closes, new double[] {5, 10, 20});
        double[][] values = Feed.values(new PvtCalculator(2), table, 0, 1);
        assertTrue(Double.isNaN(values[0][0]), "signal of 2 needs 2 bars");
        assertEquals(1, values[0][1], 1e-12);
        assertEquals(0.5, values[1][1], 1e-12);
        assertEquals(-1, values[0][2], 1e-12);
        assertEquals(0.5 + 2.0 / 3 * (-1 - 0.5), values[1][2], 1e-12);
    }

    @Test
    void outOfOrderBarIsRejectedAndStateKept() {
        double[] closes = {100, 110, 99};
        CandleTable table = Bars.of(closes, closes, closes, new double[] {5, 10, 20});
        PvtCalculator pvt = new PvtCalculator(2);
        pvt.update(table.candle(0));
        pvt.update(table.candle(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pvt.update(table.candle(0)));
        assertTrue(e.getMessage().contains("out-of-order"));
        pvt.update(table.candle(2));
        assertEquals(-1, pvt.value(0), 1e-12);
    }
}

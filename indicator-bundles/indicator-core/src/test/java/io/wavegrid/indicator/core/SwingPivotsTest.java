package io.wavegrid.indicator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SwingPivotsTest {

    @Test
    void confirmsAPeakOnlyAfterTheRightBarsAndOnceForEqualHighs() {
        SwingPivots pivots = new SwingPivots(2, 2);
        double[] highs = {1, 2, 5, 5, 3, 2, 1};
        boolean[] confirmedAt = new boolean[highs.length];
        for (int i = 0; i < highs.length; i++) {
            pivots.update(i * 60_000L, highs[i], highs[i] - 0.5);
            confirmedAt[i] = pivots.highConfirmed();
        }
        // the first 5 is the pivot (bar 2); it is known when bar 4 closes; the equal 5 at bar 3 is not another pivot
        assertTrue(confirmedAt[4]);
        assertFalse(confirmedAt[5]);
        assertEquals(5, pivots.pivotHigh());
        assertEquals(2, pivots.pivotHighBar());
        assertEquals(2 * 60_000L, pivots.pivotHighTime());
    }

    @Test
    void confirmsATrough() {
        SwingPivots pivots = new SwingPivots(1, 1);
        pivots.update(0, 10, 9);
        pivots.update(1, 9, 7);
        pivots.update(2, 10, 8);
        assertTrue(pivots.lowConfirmed());
        assertEquals(7, pivots.pivotLow());
    }
}

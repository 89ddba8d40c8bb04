package io.wavegrid.strategy.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wavegrid.market.api.CandleSeries;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Evidence;

import org.junit.jupiter.api.Test;

class MomentumTest {

    /** Closes oldest first. */
    private static CandleSeries closes(double... closes) {
        return new CandleSeries() {
            public Symbol symbol() {
                return Symbol.parse("BTC/USDT");
            }

            public Timeframe timeframe() {
                return Timeframe.H1;
            }

            public int size() {
                return closes.length;
            }

            private double at(int ago) {
                return closes[closes.length - 1 - ago];
            }

            public long openTime(int ago) {
                return (closes.length - 1 - ago) * 3_600_000L;
            }

            public double open(int ago) {
                return at(ago);
            }

            public double high(int ago) {
                return at(ago);
            }

            public double low(int ago) {
                return at(ago);
            }

            public double close(int ago) {
                return at(ago);
            }

            public double volume(int ago) {
                return 1;
            }
        };
    }

    @Test
    void needsLookbackPlusOneBars() {
        assertNull(new Momentum(3, 0.02).evaluate(closes(100, 101, 102)));
    }

    @Test
    void aSteadyRiseIsFullyConfidentAndCappedAtFullStrength() {
        Evidence e = new Momentum(3, 0.02).evaluate(closes(100, 101, 102, 103));
        assertEquals(1.0, e.score(), 1e-12, "3 % rise over 2 % full strength is capped at 1");
        assertEquals(1.0, e.confidence(), 1e-12);
        assertEquals("+3.00% over 3 bars, 3 of them up", e.reasoning());
    }

    @Test
    void aChoppyFallIsPartlyConfident() {
        Evidence e = new Momentum(4, 0.02).evaluate(closes(100, 99, 99.5, 99, 99.5));
        assertEquals(-0.25, e.score(), 1e-12, "-0.5 % of a 2 % full strength");
        assertEquals(0.5, e.confidence(), 1e-12, "2 of 4 bars went down");
        assertEquals("-0.50% over 4 bars, 2 of them down", e.reasoning());
    }

    @Test
    void rejectsNonsenseParameters() {
        assertThrows(IllegalArgumentException.class, () -> new Momentum(1, 0.02));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(10, Double.NaN));
    }
}

package io.wavegrid.strategy.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;

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
        assertNull(new Momentum(3, 0.02).evaluate(closes(100, 101, 102), new StringBuilder()));
    }

    @Test
    void aSteadyRiseIsFullyConfidentAndCappedAtFullStrength() {
        Evidence e = new Momentum(3, 0.02).evaluate(closes(100, 101, 102, 103), new StringBuilder());
        assertEquals(1.0, e.score(), 1e-12, "3 % rise over 2 % full strength is capped at 1");
        assertEquals(1.0, e.confidence(), 1e-12);
        assertEquals("+3.00% over 3 bars, 3 of them up", e.reasoning());
    }

    @Test
    void aChoppyFallIsPartlyConfident() {
        Evidence e = new Momentum(4, 0.02).evaluate(closes(100, 99, 99.5, 99, 99.5), new StringBuilder());
        assertEquals(-0.25, e.score(), 1e-12, "-0.5 % of a 2 % full strength");
        assertEquals(0.5, e.confidence(), 1e-12, "2 of 4 bars went down");
        assertEquals("-0.50% over 4 bars, 2 of them down", e.reasoning());
    }

    @Test
    void aReusedBuilderStartsEachBarAfresh() {
        Momentum rule = new Momentum(3, 0.02);
        StringBuilder text = new StringBuilder("left over");
        assertEquals("+3.00% over 3 bars, 3 of them up", rule.evaluate(closes(100, 101, 102, 103), text).reasoning());
        assertEquals("-1.98% over 3 bars, 2 of them down", rule.evaluate(closes(101, 100, 100, 99), text).reasoning());
    }

    /**
     * The percentage reads as {@code String.format(Locale.ROOT, "%+.2f", ...)} would write it. The one difference
     * is on values exactly half-way between two hundredths, which round with the double's binary value: 1.005 is
     * 1.00499999999999989... and reads +1.00 where the formatter, rounding its shortest decimal, writes +1.01.
     */
    @Test
    void percentagesReadAsTheFormatterWritesThem() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double percent = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(6));
            assertEquals(String.format(Locale.ROOT, "%+.2f", percent),
                    Momentum.signedHundredths(new StringBuilder(), percent).toString(), () -> "percent " + percent);
        }
        assertEquals("-0.00", Momentum.signedHundredths(new StringBuilder(), -0.004).toString());
        assertEquals("+1.00", Momentum.signedHundredths(new StringBuilder(), 1.005).toString());
        assertEquals("+1.01", String.format(Locale.ROOT, "%+.2f", 1.005));
    }

    @Test
    void rejectsNonsenseParameters() {
        assertThrows(IllegalArgumentException.class, () -> new Momentum(1, 0.02));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(10, Double.NaN));
    }
}

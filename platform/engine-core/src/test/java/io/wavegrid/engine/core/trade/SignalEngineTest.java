package io.wavegrid.engine.core.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class SignalEngineTest {

    private static String decimals(double value, boolean signed) {
        return SignalEngine.decimals(new StringBuilder(), value, signed).toString();
    }

    @Test
    void reasoningNumbersReadAsTheFormatterWouldPrintThem() {
        for (double v : new double[] {0, 0.004, -0.004, 0.005, 0.126, -0.5, 1, -1, 0.999, 0.07, -0.0749}) {
            assertEquals(String.format(Locale.ROOT, "%+.2f", v).replace("-0.00", "+0.00"), decimals(v, true), "signed " + v);
            assertEquals(String.format(Locale.ROOT, "%.2f", Math.abs(v)), decimals(Math.abs(v), false), "unsigned " + v);
        }
    }
}

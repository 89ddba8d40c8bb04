package io.wavegrid.engine.core.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

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

    @Test
    void signalIdsCarryOnlyCharactersEveryExchangeAndUrlAccept() {
        Candle candle = new Candle(Symbol.parse("BTCUSDT"), Timeframe.M1, 1_700_000_040_000L, 1, 2, 0.5, 1.5, 10);
        assertEquals("default.BTCUSDT.1m.1700000040000", SignalEngine.signalId("default", candle));
        assertEquals("my_swing__v2_.BTCUSDT.1m.1700000040000", SignalEngine.signalId("my swing (v2)", candle));
        assertEquals("_t_-1.BTCUSDT.1m.1700000040000", SignalEngine.signalId("\u00e9t\u00e9-1", candle));
    }
}

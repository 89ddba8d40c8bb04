package io.wavegrid.itests;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** A deterministic, gently rising hourly series for feeding the engine. */
public final class Candles {

    static final long START = Timeframe.H1.align(1_700_000_000_000L);

    private Candles() {
    }

    public static Candle hourly(Symbol symbol, int index) {
        double close = 100 + index * 0.5 + (index % 3 == 0 ? -0.2 : 0.1);
        double open = close - 0.3;
        return new Candle(symbol, Timeframe.H1, START + index * Timeframe.H1.millis(), open, close + 0.4, open - 0.4, close,
                10 + index % 5);
    }
}

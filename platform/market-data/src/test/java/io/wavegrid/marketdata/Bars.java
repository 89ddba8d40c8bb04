package io.wavegrid.marketdata;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** Simple hand-checkable test bars. */
public final class Bars {

    public static final Symbol BTC = new Symbol("BTC", "USDT");
    /** 2024-01-01T00:00:00Z, a Monday. */
    public static final long T0 = 1_704_067_200_000L;

    private Bars() {
    }

    /** n consecutive bars from {@code start}: bar i opens at 100+i, closes at 100.5+i, high +1, low -1, volume i+1. */
    public static List<Candle> series(Timeframe timeframe, long start, int n) {
        List<Candle> bars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bars.add(bar(timeframe, start + i * timeframe.millis(), 100 + i));
        }
        return bars;
    }

    public static Candle bar(Timeframe timeframe, long openTime, double open) {
        return new Candle(BTC, timeframe, openTime, open, open + 1, open - 1, open + 0.5, open - 99);
    }
}

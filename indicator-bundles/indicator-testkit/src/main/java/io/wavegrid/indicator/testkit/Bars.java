package io.wavegrid.indicator.testkit;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** Builds candle tables from reference arrays, which often lack open prices or volume. */
public final class Bars {

    private Bars() {
    }

    /**
     * A table from high, low, close (and optionally volume); the open is the close clamped into the bar, so the
     * candle is valid even where the reference data has none. Bars are one hour apart within one UTC day when
     * there are fewer than 24.
     */
    public static CandleTable of(double[] high, double[] low, double[] close, double[] volume) {
        int n = close.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * Timeframe.H1.millis();
            o[i] = close[i];
            v[i] = volume == null ? 1000 : volume[i];
        }
        return new CandleTable(new Symbol("REF", "USD"), Timeframe.H1, t, o, high, low, close, v);
    }

    /** A table from closes only: high = low = open = close. */
    public static CandleTable ofCloses(double[] close) {
        return of(close, close, close, null);
    }

    /** A table from open, high, low, close (volume 1000), sized by the close array. */
    public static CandleTable ohlc(double[] open, double[] high, double[] low, double[] close) {
        int n = close.length;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * Timeframe.H1.millis();
            v[i] = 1000;
        }
        return new CandleTable(new Symbol("REF", "USD"), Timeframe.H1, t, java.util.Arrays.copyOf(open, n),
                java.util.Arrays.copyOf(high, n), java.util.Arrays.copyOf(low, n), close.clone(), v);
    }
}

package io.wavegrid.indicator.testkit;

import java.util.Arrays;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * Builds series with a known structure: straight legs between waypoints, each bar opening at the previous
 * close with wicks of a fixed fraction of price, so swing points fall exactly on the waypoints.
 */
public final class PricePath {

    private final double wick;
    private double[] closes = new double[64];
    private double[] volumes = new double[64];
    private int size;

    private PricePath(double start, double wick) {
        this.wick = wick;
        append(start, 100);
    }

    /** A path starting at {@code start}, wicks of 0.1% of price. */
    public static PricePath startAt(double start) {
        return new PricePath(start, 0.001);
    }

    /** A straight leg to {@code price} over {@code bars} bars. */
    public PricePath to(double price, int bars) {
        return to(price, bars, 100);
    }

    /** A straight leg to {@code price} over {@code bars} bars with the given volume per bar. */
    public PricePath to(double price, int bars, double volume) {
        double from = closes[size - 1];
        for (int i = 1; i <= bars; i++) {
            append(from + (price - from) * i / bars, volume);
        }
        return this;
    }

    private void append(double close, double volume) {
        if (size == closes.length) {
            closes = Arrays.copyOf(closes, size * 2);
            volumes = Arrays.copyOf(volumes, size * 2);
        }
        closes[size] = close;
        volumes[size++] = volume;
    }

    public CandleTable build() {
        long[] t = new long[size];
        double[] o = new double[size];
        double[] h = new double[size];
        double[] l = new double[size];
        for (int i = 0; i < size; i++) {
            t[i] = 1_700_000_000_000L / Timeframe.H1.millis() * Timeframe.H1.millis() + i * Timeframe.H1.millis();
            o[i] = i == 0 ? closes[0] : closes[i - 1];
            h[i] = Math.max(o[i], closes[i]) * (1 + wick);
            l[i] = Math.min(o[i], closes[i]) * (1 - wick);
        }
        return new CandleTable(new Symbol("PATH", "USDT"), Timeframe.H1, t, o, h, l, Arrays.copyOf(closes, size),
                Arrays.copyOf(volumes, size));
    }
}

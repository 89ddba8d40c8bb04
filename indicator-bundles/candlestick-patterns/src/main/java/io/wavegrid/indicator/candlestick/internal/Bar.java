package io.wavegrid.indicator.candlestick.internal;

import io.wavegrid.market.api.CandleSeries;

/** Shape measures of one bar of a series, {@code barsAgo} back; pure functions, no allocation. */
final class Bar {

    private Bar() {
    }

    static double body(CandleSeries s, int k) {
        return Math.abs(s.close(k) - s.open(k));
    }

    static double range(CandleSeries s, int k) {
        return s.high(k) - s.low(k);
    }

    static double upperShadow(CandleSeries s, int k) {
        return s.high(k) - Math.max(s.open(k), s.close(k));
    }

    static double lowerShadow(CandleSeries s, int k) {
        return Math.min(s.open(k), s.close(k)) - s.low(k);
    }

    static boolean bullish(CandleSeries s, int k) {
        return s.close(k) > s.open(k);
    }

    static boolean bearish(CandleSeries s, int k) {
        return s.close(k) < s.open(k);
    }

    static double bodyTop(CandleSeries s, int k) {
        return Math.max(s.open(k), s.close(k));
    }

    static double bodyBottom(CandleSeries s, int k) {
        return Math.min(s.open(k), s.close(k));
    }

    static double bodyMiddle(CandleSeries s, int k) {
        return (s.open(k) + s.close(k)) / 2;
    }

    /** A body that dominates its bar: at least half of the range. */
    static boolean longBody(CandleSeries s, int k) {
        return body(s, k) >= 0.5 * range(s, k) && body(s, k) > 0;
    }
}

package io.wavegrid.indicator.core;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleSeries;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * The boundary check of every stateful calculator: one symbol and timeframe, strictly increasing open
 * times, valid prices and volume. A rejected bar throws before any state changes, so a bad bar never
 * poisons the indicator; the next good bar continues where the last good one left off.
 */
public final class BarGuard {

    private Symbol symbol;
    private Timeframe timeframe;
    private long lastOpenTime = Long.MIN_VALUE;

    /** Accepts a candle (already validated by its constructor) or throws {@link IllegalArgumentException}. */
    public void accept(Candle candle) {
        if (candle == null) {
            throw new IllegalArgumentException("candle is null");
        }
        accept(candle.symbol(), candle.timeframe(), candle.openTime());
    }

    /** Accepts the latest bar of {@code series} or throws {@link IllegalArgumentException}. */
    public void accept(CandleSeries series) {
        if (series == null || series.size() == 0) {
            throw new IllegalArgumentException("series is null or empty: there is no closed bar to analyse");
        }
        long openTime = series.openTime(0);
        String problem = Candle.problem(series.timeframe(), openTime, series.open(0), series.high(0), series.low(0),
                series.close(0), series.volume(0));
        if (problem != null) {
            throw new IllegalArgumentException("invalid " + series.symbol() + " bar at " + openTime + ": " + problem);
        }
        accept(series.symbol(), series.timeframe(), openTime);
    }

    private void accept(Symbol barSymbol, Timeframe barTimeframe, long openTime) {
        if (symbol == null) {
            symbol = barSymbol;
            timeframe = barTimeframe;
        } else if (!symbol.equals(barSymbol) || timeframe != barTimeframe) {
            throw new IllegalArgumentException("bar of " + barSymbol + " " + barTimeframe.code()
                    + " fed to a calculator of " + symbol + " " + timeframe.code());
        }
        if (openTime <= lastOpenTime) {
            throw new IllegalArgumentException("out-of-order " + barSymbol + " " + barTimeframe.code() + " bar: open time "
                    + openTime + " is not after the last accepted " + lastOpenTime);
        }
        lastOpenTime = openTime;
    }

    /** Open time of the last accepted bar, {@link Long#MIN_VALUE} before the first. */
    public long lastOpenTime() {
        return lastOpenTime;
    }
}

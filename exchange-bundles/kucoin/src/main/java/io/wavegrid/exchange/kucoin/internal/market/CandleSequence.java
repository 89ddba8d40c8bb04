package io.wavegrid.exchange.kucoin.internal.market;

import java.io.IOException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * Keeps a subscription's closed candles without holes or duplicates: a bar at or before the last one
 * delivered is dropped, and before a bar that skips ahead (or when asked to catch up) the missing bars are
 * fetched over REST. A failed fetch is logged and retried at the next bar or catch-up.
 */
final class CandleSequence {

    private static final Logger LOG = LoggerFactory.getLogger(CandleSequence.class);

    private final Symbol symbol;
    private final Timeframe timeframe;
    private final KucoinHistory history;
    private final Consumer<Candle> out;
    private long last = Long.MIN_VALUE;

    CandleSequence(Symbol symbol, Timeframe timeframe, KucoinHistory history, Consumer<Candle> out) {
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.history = history;
        this.out = out;
    }

    synchronized void closed(Candle candle) {
        if (last != Long.MIN_VALUE && candle.openTime() <= last) {
            return;
        }
        if (last != Long.MIN_VALUE && candle.openTime() > last + timeframe.millis() && !catchUp(candle.openTime())) {
            return;
        }
        deliver(candle);
    }

    /**
     * Delivers every bar closed before {@code to} not delivered yet; the first call delivers only the bar
     * just before {@code to}. Returns whether the history is complete up to {@code to}.
     */
    synchronized boolean catchUp(long to) {
        long from = last == Long.MIN_VALUE ? to - timeframe.millis() : last + timeframe.millis();
        if (from >= to) {
            return true;
        }
        try {
            for (Candle candle : history.range(symbol, timeframe, from, to)) {
                if (candle.openTime() > last) {
                    deliver(candle);
                }
            }
            return true;
        } catch (IOException e) {
            LOG.warn("KuCoin backfill of {} {} from {} failed ({}); retrying later", symbol, timeframe.code(), from, e.getMessage());
            return false;
        }
    }

    synchronized long last() {
        return last;
    }

    private void deliver(Candle candle) {
        last = candle.openTime();
        out.accept(candle);
    }
}

package io.wavegrid.exchange.binance.internal.market;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Timeframe;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a stream's closed bars into a history without holes or duplicates: a bar at or before the last one
 * delivered is dropped (repeats after a reconnect, out-of-order messages), and a bar that skips ahead, or a
 * reconnection, makes it fetch the missing bars over REST first. A failed backfill is retried at the next bar.
 */
public final class CandleContinuity {

    private static final Logger LOG = LoggerFactory.getLogger(CandleContinuity.class);

    /** Closed bars with {@code from <= openTime < to}, oldest first, at most one page. */
    @FunctionalInterface
    public interface Backfill {
        List<Candle> fetch(long from, long to) throws IOException;
    }

    private final Timeframe timeframe;
    private final Backfill backfill;
    private final Consumer<Candle> out;
    private final LongSupplier clock;
    private long last = Long.MIN_VALUE;
    private long dropped;

    public CandleContinuity(Timeframe timeframe, Backfill backfill, Consumer<Candle> out, LongSupplier clock) {
        this.timeframe = timeframe;
        this.backfill = backfill;
        this.out = out;
        this.clock = clock;
    }

    public synchronized void onClosed(Candle candle) {
        if (last != Long.MIN_VALUE && candle.openTime() <= last) {
            dropped++;
            return;
        }
        if (last != Long.MIN_VALUE && candle.openTime() > last + timeframe.millis()) {
            fill(candle.openTime());
        }
        emit(candle);
    }

    /** After a reconnection: fetches every bar that closed while the stream was down. */
    public synchronized void onReconnected() {
        if (last != Long.MIN_VALUE) {
            fill(timeframe.align(clock.getAsLong()));
        }
    }

    public synchronized long dropped() {
        return dropped;
    }

    private void fill(long to) {
        long from = last + timeframe.millis();
        try {
            while (from < to) {
                List<Candle> page = backfill.fetch(from, to);
                if (page.isEmpty()) {
                    break;
                }
                for (Candle bar : page) {
                    if (bar.openTime() > last && bar.openTime() < to) {
                        emit(bar);
                    }
                }
                from = Math.max(from + timeframe.millis(), page.get(page.size() - 1).openTime() + timeframe.millis());
            }
        } catch (IOException e) {
            LOG.warn("backfill of {} bars from {} failed ({}); retrying at the next bar", timeframe.code(), from, e.getMessage());
        }
    }

    private void emit(Candle candle) {
        last = candle.openTime();
        out.accept(candle);
    }
}

package io.wavegrid.marketdata.internal.feed;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription of a replay or synthetic feed: a task that reads its source and hands each candle to
 * the listener, paced in wall-clock time. Bars before {@code unpacedBars} are delivered at once (history
 * warm-up). Closing it stops delivery; a listener that throws is logged and does not stop the session.
 */
public final class FeedSession implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSession.class);

    private final String name;
    private final CandleSource source;
    private final MarketDataListener listener;
    private final Pacer pacer;
    private final long unpacedBars;
    private volatile boolean closed;
    private volatile Future<?> task;
    private volatile long delivered;
    private long listenerFailures;

    public FeedSession(String name, CandleSource source, MarketDataListener listener, Pacer pacer, long unpacedBars) {
        this.name = name;
        this.source = source;
        this.listener = listener;
        this.pacer = pacer;
        this.unpacedBars = unpacedBars;
    }

    /** Starts the session on the executor; returns it as the subscription handle. */
    public FeedSession start(ExecutorService executor) {
        task = executor.submit(this);
        return this;
    }

    @Override
    public void run() {
        try {
            Candle candle;
            while (!closed && (candle = source.next()) != null) {
                if (delivered >= unpacedBars) {
                    pacer.awaitMarketTime(candle.closeTime());
                }
                if (closed) {
                    break;
                }
                deliver(candle);
            }
            LOG.info("{} session ended after {} candles", name, delivered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("{} session stopped after {} candles: source failed", name, delivered, e);
        }
    }

    private void deliver(Candle candle) {
        try {
            listener.onCandle(candle);
        } catch (RuntimeException e) {
            listenerFailures++;
            if (listenerFailures == 1 || listenerFailures % 1000 == 0) {
                LOG.warn("{}: listener failed on {} ({} failures so far)", name, candle, listenerFailures, e);
            }
        }
        delivered++;
    }

    public long delivered() {
        return delivered;
    }

    @Override
    public void close() {
        closed = true;
        Future<?> running = task;
        if (running != null) {
            running.cancel(true);
        }
    }
}

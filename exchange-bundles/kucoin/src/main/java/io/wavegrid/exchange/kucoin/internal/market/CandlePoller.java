package io.wavegrid.exchange.kucoin.internal.market;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.trading.api.ExchangeException;

/**
 * One subscription fed by polling KuCoin's REST candles: each round delivers every bar that closed after the
 * last one delivered, oldest first, so the history has neither holes (an outage is caught up page by page on
 * the next round) nor duplicates. The first round delivers the latest closed bar only.
 */
final class CandlePoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CandlePoller.class);

    private final Symbol symbol;
    private final Timeframe timeframe;
    private final CandleSequence candles;
    private final KucoinQuotes quotes;
    private final MarketDataListener listener;
    private final LongSupplier clock;
    private ScheduledFuture<?> task;

    CandlePoller(Symbol symbol, Timeframe timeframe, KucoinHistory history, KucoinQuotes quotes,
                 MarketDataListener listener, LongSupplier clock) {
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.candles = new CandleSequence(symbol, timeframe, history, listener::onCandle);
        this.quotes = quotes;
        this.listener = listener;
        this.clock = clock;
    }

    synchronized CandlePoller start(ScheduledExecutorService scheduler, long intervalMs) {
        task = scheduler.scheduleWithFixedDelay(this::poll, 0, intervalMs, TimeUnit.MILLISECONDS);
        return this;
    }

    synchronized void poll() {
        try {
            candles.catchUp(timeframe.align(clock.getAsLong()));
            if (quotes != null) {
                listener.onTicker(quotes.ticker(symbol));
            }
        } catch (ExchangeException e) {
            LOG.warn("KuCoin poll of {} {} failed ({}); catching up at the next round", symbol, timeframe.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("KuCoin poll of {} {}: listener or answer failed", symbol, timeframe.code(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

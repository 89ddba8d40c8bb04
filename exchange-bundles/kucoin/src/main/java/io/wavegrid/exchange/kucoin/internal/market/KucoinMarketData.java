package io.wavegrid.exchange.kucoin.internal.market;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** The adapter's subscriptions: one {@link CandlePoller} each on the adapter's scheduler. */
public final class KucoinMarketData {

    private final KucoinHistory history;
    private final KucoinQuotes quotes;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final long intervalMs;
    private final boolean ticker;
    private final Set<CandlePoller> open = ConcurrentHashMap.newKeySet();

    public KucoinMarketData(KucoinHistory history, KucoinQuotes quotes, ScheduledExecutorService scheduler, Clock clock,
                            long intervalMs, boolean ticker) {
        this.history = history;
        this.quotes = quotes;
        this.scheduler = scheduler;
        this.clock = clock;
        this.intervalMs = Math.max(100, intervalMs);
        this.ticker = ticker;
    }

    public AutoCloseable subscribe(Symbol symbol, Timeframe timeframe, MarketDataListener listener) {
        CandlePoller poller = new CandlePoller(symbol, timeframe, history, ticker ? quotes : null, listener, clock::millis);
        open.add(poller);
        poller.start(scheduler, intervalMs);
        return () -> {
            open.remove(poller);
            poller.close();
        };
    }

    /** Ends every subscription (the adapter is stopping). */
    public void closeAll() {
        open.forEach(CandlePoller::close);
        open.clear();
    }
}

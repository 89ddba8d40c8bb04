package io.wavegrid.exchange.kucoin.internal.market;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.exchange.support.Backoff;
import io.wavegrid.exchange.support.ResilientWebSocket;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * The adapter's subscriptions: a {@link KucoinStream} each over a resilient WebSocket (with a
 * {@link KucoinBookSync} when an order book is wanted), or, when streaming is off, a {@link CandlePoller} each
 * on the adapter's scheduler.
 */
public final class KucoinMarketData {

    /** Stream settings taken from the adapter's configuration. */
    /** @param bookLevels levels per side of the order book kept from the level 2 stream; 0 = no book */
    public record Settings(boolean websocket, Duration silentAfter, Duration maxLifetime, long pollIntervalMs, boolean pollTicker,
                           int bookLevels) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(KucoinMarketData.class);

    private final KucoinRest rest;
    private final HttpClient http;
    private final KucoinHistory history;
    private final KucoinQuotes quotes;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Settings settings;
    private final Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();

    public KucoinMarketData(KucoinRest rest, HttpClient http, KucoinHistory history, KucoinQuotes quotes,
                            ScheduledExecutorService scheduler, Clock clock, Settings settings) {
        this.rest = rest;
        this.http = http;
        this.history = history;
        this.quotes = quotes;
        this.scheduler = scheduler;
        this.clock = clock;
        this.settings = settings;
    }

    public AutoCloseable subscribe(Symbol symbol, Timeframe timeframe, MarketDataListener listener) {
        AutoCloseable subscription;
        if (settings.websocket()) {
            KucoinBookSync book = settings.bookLevels() > 0 ? new KucoinBookSync(symbol, settings.bookLevels(),
                    () -> snapshot(symbol), scheduler, listener::onOrderBook, clock::millis) : null;
            KucoinStream stream = new KucoinStream(symbol, timeframe, rest, history, listener, scheduler, clock::millis, book);
            stream.attach(new ResilientWebSocket("kucoin " + symbol + " " + timeframe.code(), http, stream.session(), stream, scheduler,
                    settings.silentAfter(), settings.maxLifetime(), new Backoff(Duration.ofMillis(500), Duration.ofMinutes(1), symbol.hashCode())));
            subscription = stream;
        } else {
            subscription = new CandlePoller(symbol, timeframe, history, settings.pollTicker() ? quotes : null, listener, clock::millis)
                    .start(scheduler, Math.max(100, settings.pollIntervalMs()));
        }
        open.add(subscription);
        return () -> {
            open.remove(subscription);
            subscription.close();
        };
    }

    /** The full book when the adapter has keys (KuCoin's documented base for level 2), else the 100-level part book. */
    private KucoinBookSync.Snapshot snapshot(Symbol symbol) throws Exception {
        OrderBook book = rest.hasKeys() ? quotes.fullBook(symbol) : quotes.book(symbol, 100);
        return new KucoinBookSync.Snapshot(book.sequence(), book.bids(), book.asks());
    }

    /** Ends every subscription (the adapter is stopping). */
    public void closeAll() {
        for (AutoCloseable subscription : open) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("closing a KuCoin subscription failed", e);
            }
        }
        open.clear();
    }
}

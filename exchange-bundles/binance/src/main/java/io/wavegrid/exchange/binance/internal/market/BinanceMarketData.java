package io.wavegrid.exchange.binance.internal.market;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.exchange.binance.internal.http.BinanceRest;
import io.wavegrid.exchange.binance.internal.parse.BinanceInstruments;
import io.wavegrid.exchange.binance.internal.parse.StreamParser;
import io.wavegrid.exchange.support.Backoff;
import io.wavegrid.exchange.support.ResilientWebSocket;
import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** Opens one resilient combined stream per subscription and wires its candle, trade, ticker and book handling. */
public final class BinanceMarketData {

    /** Stream settings taken from the adapter's configuration. */
    public record Settings(String wsUrl, Duration silentAfter, Duration maxLifetime, int bookLevels, boolean ticks) {
    }

    private static final int DEPTH_SNAPSHOT_LIMIT = 1000;
    private static final int DEPTH_SNAPSHOT_WEIGHT = 50;

    private final BinanceRest rest;
    private final BinanceHistory history;
    private final Function<String, Symbol> symbols;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Settings settings;
    private final Set<MarketSubscription> open = ConcurrentHashMap.newKeySet();

    public BinanceMarketData(BinanceRest rest, BinanceHistory history, Function<String, Symbol> symbols, HttpClient http,
                             ScheduledExecutorService scheduler, Clock clock, Settings settings) {
        this.rest = rest;
        this.history = history;
        this.symbols = symbols;
        this.http = http;
        this.scheduler = scheduler;
        this.clock = clock;
        this.settings = settings;
    }

    public AutoCloseable subscribe(Symbol symbol, Timeframe timeframe, MarketDataListener listener) {
        CandleContinuity candles = new CandleContinuity(timeframe,
                (from, to) -> history.candles(symbol, timeframe, from, to, BinanceHistory.MAX_PAGE), listener::onCandle, clock::millis);
        OrderBookSync book = settings.ticks() ? new OrderBookSync(symbol, settings.bookLevels(), () -> snapshot(symbol),
                scheduler, listener::onOrderBook, clock::millis) : null;
        MarketSubscription subscription = new MarketSubscription(symbol, listener, new StreamParser(symbols), candles, book);
        ResilientWebSocket socket = new ResilientWebSocket("binance " + symbol + " " + timeframe.code(), http,
                () -> MarketSubscription.streamUri(settings.wsUrl(), symbol, timeframe, settings.ticks()), subscription, scheduler,
                settings.silentAfter(), settings.maxLifetime(), new Backoff(Duration.ofMillis(500), Duration.ofMinutes(1), symbol.hashCode()));
        open.add(subscription);
        subscription.attach(socket);
        return () -> {
            open.remove(subscription);
            subscription.close();
        };
    }

    /** Ends every subscription (the adapter is stopping). */
    public void closeAll() {
        open.forEach(MarketSubscription::close);
        open.clear();
    }

    private OrderBookSync.Snapshot snapshot(Symbol symbol) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("symbol", BinanceInstruments.code(symbol));
        params.put("limit", Integer.toString(DEPTH_SNAPSHOT_LIMIT));
        JsonNode body = rest.call("GET", "/api/v3/depth", params, BinanceRest.Security.NONE, DEPTH_SNAPSHOT_WEIGHT);
        return new OrderBookSync.Snapshot(body.path("lastUpdateId").asLong(), levels(body.path("bids")), levels(body.path("asks")));
    }

    static List<BookLevel> levels(JsonNode side) {
        List<BookLevel> levels = new ArrayList<>(side.size());
        for (JsonNode level : side) {
            levels.add(new BookLevel(new BigDecimal(level.get(0).asText()), new BigDecimal(level.get(1).asText())));
        }
        return levels;
    }
}

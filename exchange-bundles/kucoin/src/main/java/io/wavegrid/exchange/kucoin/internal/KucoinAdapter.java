package io.wavegrid.exchange.kucoin.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wavegrid.exchange.kucoin.internal.exec.FillRegister;
import io.wavegrid.exchange.kucoin.internal.exec.KucoinExecution;
import io.wavegrid.exchange.kucoin.internal.exec.UserStream;
import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.exchange.kucoin.internal.market.KucoinHistory;
import io.wavegrid.exchange.kucoin.internal.market.KucoinMarketData;
import io.wavegrid.exchange.kucoin.internal.market.KucoinQuotes;
import io.wavegrid.exchange.support.RateLimiter;
import io.wavegrid.exchange.support.ThrottledHttp;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleHistorySource;
import io.wavegrid.market.api.MarketDataFeed;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;

/**
 * The KuCoin spot adapter as services: {@link ExchangeAdapter} ({@code exchange=kucoin}),
 * {@link MarketDataFeed} ({@code feed.name=kucoin}) and {@link CandleHistorySource}. It starts only when
 * configured (PID {@code io.wavegrid.exchange.kucoin}); market data needs no keys, trading does. One rate
 * limiter serves every call of the adapter. The private order stream opens when the engine sets its execution
 * listener (keys and {@code websocket=true} required). Stop-market and stop-limit orders go through KuCoin's
 * stop-order endpoint; OCO orders are not offered ({@code capability.oco=false}): the trading API has no OCO
 * request, so nothing can ask for one.
 */
@Component(service = {ExchangeAdapter.class, MarketDataFeed.class, CandleHistorySource.class},
        configurationPid = "io.wavegrid.exchange.kucoin", configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {ExchangeAdapter.EXCHANGE + "=kucoin", MarketDataFeed.FEED_NAME + "=kucoin",
            "capability.spot=true", "capability.client.order.id=true", "capability.stop=true",
            "capability.oco=false", "capability.order.book.depth:Integer=100", "capability.user.stream=true"})
@Designate(ocd = KucoinConfig.class)
public final class KucoinAdapter implements ExchangeAdapter, MarketDataFeed, CandleHistorySource {

    private static final Logger LOG = LoggerFactory.getLogger(KucoinAdapter.class);
    /** KuCoin counts its resource pools per 30 s window. */
    private static final Duration WINDOW = Duration.ofSeconds(30);

    private final ScheduledExecutorService scheduler;
    private final KucoinRest rest;
    private final InstrumentCache instruments;
    private final KucoinHistory history;
    private final KucoinQuotes quotes;
    private final KucoinMarketData marketData;
    private final FillRegister register = new FillRegister();
    private final KucoinExecution execution;
    private final KucoinConfig config;
    private final HttpClient http;
    private UserStream userStream;

    @Activate
    public KucoinAdapter(KucoinConfig config) {
        this(config, Clock.systemUTC());
    }

    KucoinAdapter(KucoinConfig config, Clock clock) {
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(2, task -> {
            Thread t = new Thread(task, "wavegrid-kucoin-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        RateLimiter limiter = new RateLimiter("KuCoin", config.request_weight_per_window(), WINDOW, clock,
                d -> Thread.sleep(d.toMillis()));
        this.rest = new KucoinRest(config.rest_url(), config.api_key(), config.api_secret(), config.api_passphrase(),
                new ThrottledHttp(http, limiter, Duration.ofMillis(config.rate_limit_patience_ms()),
                        headers -> KucoinRest.readUsage(limiter, headers)), clock);
        this.instruments = new InstrumentCache(rest, clock);
        this.history = new KucoinHistory(rest, clock);
        this.quotes = new KucoinQuotes(rest);
        this.marketData = new KucoinMarketData(rest, http, history, quotes, scheduler, clock, new KucoinMarketData.Settings(
                config.websocket(), Duration.ofMillis(config.silent_stream_ms()), Duration.ofMinutes(config.max_connection_minutes()),
                config.poll_interval_ms(), config.poll_ticker(), config.book_levels()));
        this.execution = new KucoinExecution(rest, instruments::symbol, register);
        LOG.info("KuCoin adapter active on {} ({})", config.rest_url(), rest.hasKeys() ? "trading enabled" : "market data only");
    }

    @Override
    public String exchange() {
        return "kucoin";
    }

    @Override
    public InstrumentRules rules(Symbol symbol) throws ExchangeException {
        return instruments.rules(symbol);
    }

    @Override
    public Order place(OrderRequest request) throws ExchangeException {
        return execution.place(request);
    }

    @Override
    public Order cancel(Symbol symbol, String clientOrderId) throws ExchangeException {
        return execution.cancel(symbol, clientOrderId);
    }

    @Override
    public Optional<Order> query(Symbol symbol, String clientOrderId) throws ExchangeException {
        return execution.query(symbol, clientOrderId);
    }

    /** By KuCoin's order id; an order known by its clientOid alone (journaled, then the process stopped) is looked up first. */
    @Override
    public Optional<List<Fill>> fills(Order order) throws ExchangeException {
        Symbol symbol = order.request().symbol();
        String orderId = order.exchangeOrderId();
        if (orderId == null || orderId.isBlank()) {
            Optional<Order> found = execution.query(symbol, order.clientOrderId());
            if (found.isEmpty()) {
                return Optional.of(List.of());
            }
            orderId = found.get().exchangeOrderId();
        }
        return Optional.of(execution.fills(symbol, orderId, order.clientOrderId()));
    }

    @Override
    public List<Order> openOrders() throws ExchangeException {
        List<Order> orders = new ArrayList<>();
        for (Symbol symbol : execution.symbolsWithOpenOrders()) {
            orders.addAll(execution.openOrders(symbol));
        }
        orders.addAll(execution.waitingStopOrders());
        return orders;
    }

    @Override
    public List<Balance> balances() throws ExchangeException {
        return execution.balances();
    }

    @Override
    public synchronized void setExecutionListener(ExecutionListener listener) {
        register.setListener(listener);
        if (userStream == null && rest.hasKeys() && config.websocket()) {
            userStream = new UserStream(rest, execution, register, instruments::symbol, http, scheduler,
                    Duration.ofMillis(config.silent_stream_ms()), Duration.ofMinutes(config.max_connection_minutes()));
        }
    }

    @Override
    public AutoCloseable subscribe(Symbol symbol, Timeframe timeframe, MarketDataListener listener) {
        return marketData.subscribe(symbol, timeframe, listener);
    }

    @Override
    public int maxPageSize() {
        return KucoinHistory.MAX_PAGE;
    }

    @Override
    public List<Candle> candles(Symbol symbol, Timeframe timeframe, long from, long to, int limit) throws IOException {
        return history.candles(symbol, timeframe, from, to, limit);
    }

    /** The adapter's REST pieces beyond the {@link ExchangeAdapter} interface (by order id, fills, quotes). */
    KucoinExecution execution() {
        return execution;
    }

    KucoinQuotes quotes() {
        return quotes;
    }

    UserStream userStream() {
        return userStream;
    }

    @Deactivate
    synchronized void deactivate() {
        if (userStream != null) {
            userStream.close();
        }
        marketData.closeAll();
        scheduler.shutdownNow();
    }
}

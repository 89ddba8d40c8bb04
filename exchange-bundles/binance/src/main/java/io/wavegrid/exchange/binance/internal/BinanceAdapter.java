package io.wavegrid.exchange.binance.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.wavegrid.exchange.binance.internal.exec.BinanceExecution;
import io.wavegrid.exchange.binance.internal.exec.ExecutionGate;
import io.wavegrid.exchange.binance.internal.exec.UserStream;
import io.wavegrid.exchange.binance.internal.http.BinanceRest;
import io.wavegrid.exchange.binance.internal.market.BinanceHistory;
import io.wavegrid.exchange.binance.internal.market.BinanceMarketData;
import io.wavegrid.exchange.binance.internal.parse.StreamParser;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Binance spot adapter as services: {@link ExchangeAdapter} ({@code exchange=binance}),
 * {@link MarketDataFeed} ({@code feed.name=binance}) and {@link CandleHistorySource}. It starts only when
 * configured (PID {@code io.wavegrid.exchange.binance}); market data needs no keys, trading does. One rate
 * limiter serves every call of the adapter. The user stream opens when the engine sets its execution listener.
 */
@Component(service = {ExchangeAdapter.class, MarketDataFeed.class, CandleHistorySource.class},
        configurationPid = "io.wavegrid.exchange.binance", configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {ExchangeAdapter.EXCHANGE + "=binance", MarketDataFeed.FEED_NAME + "=binance",
            "capability.spot=true", "capability.client.order.id=true", "capability.stop=true",
            "capability.oco=false", "capability.order.book.depth:Integer=1000", "capability.user.stream=true"})
@Designate(ocd = BinanceConfig.class)
public final class BinanceAdapter implements ExchangeAdapter, MarketDataFeed, CandleHistorySource {

    private static final Logger LOG = LoggerFactory.getLogger(BinanceAdapter.class);

    private final BinanceConfig config;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http;
    private final BinanceRest rest;
    private final InstrumentCache instruments;
    private final BinanceHistory history;
    private final BinanceMarketData marketData;
    private final ExecutionGate gate = new ExecutionGate();
    private final BinanceExecution execution;
    private UserStream userStream;

    @Activate
    public BinanceAdapter(BinanceConfig config) {
        this(config, Clock.systemUTC());
    }

    BinanceAdapter(BinanceConfig config, Clock clock) {
        this.config = config;
        this.scheduler = Executors.newScheduledThreadPool(2, daemonThreads("wavegrid-binance"));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        RateLimiter limiter = new RateLimiter("Binance", config.request_weight_per_minute(), Duration.ofMinutes(1), clock,
                d -> Thread.sleep(d.toMillis()));
        this.rest = new BinanceRest(config.rest_url(), config.api_key(), config.api_secret(), config.recv_window_ms(),
                new ThrottledHttp(http, limiter, Duration.ofMillis(config.rate_limit_patience_ms()),
                        headers -> BinanceRest.readUsage(limiter, headers)), clock);
        this.instruments = new InstrumentCache(rest, clock);
        this.history = new BinanceHistory(rest, clock);
        this.marketData = new BinanceMarketData(rest, history, instruments::symbol, http, scheduler, clock,
                new BinanceMarketData.Settings(config.ws_url(), Duration.ofMillis(config.silent_stream_ms()),
                        Duration.ofMinutes(config.max_connection_minutes()), config.book_levels(), config.stream_ticks()));
        this.execution = new BinanceExecution(rest, instruments::symbol, gate);
        LOG.info("Binance adapter active on {} ({})", config.rest_url(), rest.hasKeys() ? "trading enabled" : "market data only");
    }

    @Override
    public String exchange() {
        return "binance";
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

    @Override
    public List<Order> openOrders() throws ExchangeException {
        return execution.openOrders();
    }

    @Override
    public Optional<List<Fill>> fills(Order order) throws ExchangeException {
        return Optional.of(execution.fills(order));
    }

    @Override
    public List<Balance> balances() throws ExchangeException {
        return execution.balances();
    }

    @Override
    public synchronized void setExecutionListener(ExecutionListener listener) {
        gate.setListener(listener);
        if (userStream == null && rest.hasKeys()) {
            userStream = new UserStream(rest, new StreamParser(instruments::symbol), gate, execution, http, scheduler,
                    config.ws_url(), Duration.ofMinutes(config.listen_key_keepalive_minutes()),
                    Duration.ofMinutes(Math.max(2, config.listen_key_keepalive_minutes() + 5)),
                    Duration.ofMinutes(config.max_connection_minutes()));
        }
    }

    @Override
    public AutoCloseable subscribe(Symbol symbol, Timeframe timeframe, MarketDataListener listener) {
        return marketData.subscribe(symbol, timeframe, listener);
    }

    @Override
    public int maxPageSize() {
        return BinanceHistory.MAX_PAGE;
    }

    @Override
    public List<Candle> candles(Symbol symbol, Timeframe timeframe, long from, long to, int limit) throws IOException {
        return history.candles(symbol, timeframe, from, to, limit);
    }

    @Deactivate
    synchronized void deactivate() {
        if (userStream != null) {
            userStream.close();
        }
        marketData.closeAll();
        scheduler.shutdownNow();
    }

    UserStream userStream() {
        return userStream;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

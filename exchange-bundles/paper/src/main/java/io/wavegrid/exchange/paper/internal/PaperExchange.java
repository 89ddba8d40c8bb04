package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Trade;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper exchange as a service: an {@link ExchangeAdapter} named "paper", and a
 * {@link MarketDataListener} (same {@code exchange=paper} property) through which the engine shows it the
 * market data that drives its fills. Calls are serialised by one lock; executions are delivered after it
 * is released, on the thread that delivered the market data.
 */
@Component(service = {ExchangeAdapter.class, MarketDataListener.class},
        configurationPid = "io.wavegrid.exchange.paper", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {ExchangeAdapter.EXCHANGE + "=paper", "capability.spot=true", "capability.client.order.id=true",
            "capability.stop=true", "capability.oco=false", "capability.order.book.depth:Integer=0",
            "capability.simulated=true"})
@Designate(ocd = PaperConfig.class)
public final class PaperExchange implements ExchangeAdapter, MarketDataListener {

    private static final Logger LOG = LoggerFactory.getLogger(PaperExchange.class);

    private final MatchingEngine engine;
    private volatile ExecutionListener listener;

    @Activate
    public PaperExchange(PaperConfig config) {
        Pricing pricing = new Pricing(decimal("maker.fee", config.maker_fee()), decimal("taker.fee", config.taker_fee()),
                config.slippage_bps(), config.seed());
        engine = new MatchingEngine(SymbolRules.parse(config.rules()), Wallet.parse(config.balances()), pricing,
                decimal("volume.participation", config.volume_participation()));
    }

    @Override
    public String exchange() {
        return "paper";
    }

    @Override
    public synchronized InstrumentRules rules(Symbol symbol) throws ExchangeException {
        return engine.rules(symbol);
    }

    @Override
    public Order place(OrderRequest request) throws ExchangeException {
        synchronized (this) {
            Order order = engine.place(request);
            LOG.debug("paper order {} accepted: {}", request.clientOrderId(), order.status());
            return order;
        }
    }

    @Override
    public Order cancel(Symbol symbol, String clientOrderId) throws ExchangeException {
        Events events = new Events();
        Order order;
        synchronized (this) {
            order = engine.cancel(symbol, clientOrderId, events);
        }
        events.deliverTo(listener);
        return order;
    }

    @Override
    public synchronized Optional<Order> query(Symbol symbol, String clientOrderId) {
        return engine.query(symbol, clientOrderId);
    }

    @Override
    public synchronized Optional<List<Fill>> fills(Order order) {
        return Optional.of(engine.fills(order.request().symbol(), order.clientOrderId()));
    }

    @Override
    public synchronized List<Order> openOrders() {
        return engine.openOrders();
    }

    @Override
    public synchronized List<Balance> balances() {
        return engine.balances();
    }

    @Override
    public void setExecutionListener(ExecutionListener listener) {
        this.listener = listener;
    }

    @Override
    public void onCandle(Candle candle) {
        move(MarketMove.of(candle));
    }

    @Override
    public void onTrade(Trade trade) {
        move(MarketMove.of(trade));
    }

    @Override
    public void onTicker(Ticker ticker) {
        if (ticker.last() != null && ticker.last().signum() > 0) {
            synchronized (this) {
                engine.onPrice(ticker.symbol(), ticker.last(), ticker.time());
            }
        }
    }

    private void move(MarketMove move) {
        Events events = new Events();
        synchronized (this) {
            engine.onMove(move, events);
        }
        if (!events.isEmpty()) {
            events.deliverTo(listener);
        }
    }

    private static BigDecimal decimal(String setting, String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("paper exchange setting " + setting + " '" + value + "' is not a number");
        }
    }
}

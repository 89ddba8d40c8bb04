package io.wavegrid.engine.core.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataFeed;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the engine follow one market data feed, chosen by configuration ({@code feed.target}). Bars go to
 * the kernel, which shows each one to the exchanges before analysing it (see {@link BarForwarder}); tickers,
 * trades and books go straight to the exchanges' market-data listeners.
 */
@Component(configurationPid = "io.wavegrid.engine.feed", immediate = true, service = {})
@Designate(ocd = FeedConfig.class)
public class FeedFollower implements MarketDataListener {

    private static final Logger LOG = LoggerFactory.getLogger(FeedFollower.class);

    private final MarketDataFeed feed;
    private final Engine engine;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(exchange=*)")
    volatile List<MarketDataListener> exchanges = List.of();

    @Activate
    public FeedFollower(@Reference(name = "feed", target = "(feed.name=synthetic)") MarketDataFeed feed,
                        @Reference Engine engine, FeedConfig config) {
        this.feed = feed;
        this.engine = engine;
        Set<Symbol> symbols = parse(config.symbols(), Symbol::parse);
        Set<Timeframe> timeframes = parse(config.timeframes(), Timeframe::parse);
        for (Symbol symbol : symbols) {
            for (Timeframe timeframe : timeframes) {
                subscriptions.add(feed.subscribe(symbol, timeframe, this));
            }
        }
        LOG.info("Following {} for {} on {}", config.feed_target(), symbols, timeframes);
    }

    private static <T> Set<T> parse(String[] values, java.util.function.Function<String, T> parser) {
        Set<T> parsed = new LinkedHashSet<>();
        for (String value : values == null ? new String[0] : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    parsed.add(parser.apply(item.trim()));
                }
            }
        }
        return parsed;
    }

    @Override
    public void onCandle(Candle candle) {
        engine.submit(candle);
    }

    @Override
    public void onTicker(Ticker ticker) {
        forward(ticker, MarketDataListener::onTicker);
    }

    @Override
    public void onTrade(Trade trade) {
        forward(trade, MarketDataListener::onTrade);
    }

    @Override
    public void onOrderBook(OrderBook book) {
        forward(book, MarketDataListener::onOrderBook);
    }

    /** A failing exchange must not keep the event from the others or the bar from the kernel. */
    private <T> void forward(T event, java.util.function.BiConsumer<MarketDataListener, T> call) {
        for (MarketDataListener exchange : exchanges) {
            try {
                call.accept(exchange, event);
            } catch (RuntimeException e) {
                LOG.warn("{} failed on {}; skipped", exchange.getClass().getName(), event, e);
            }
        }
    }

    @Deactivate
    void deactivate() {
        for (AutoCloseable subscription : subscriptions) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("Closing a subscription to {} failed", feed, e);
            }
        }
        subscriptions.clear();
    }
}

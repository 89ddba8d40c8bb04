package io.wavegrid.marketdata.internal.synthetic;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.wavegrid.market.api.MarketDataFeed;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.internal.feed.FeedSession;
import io.wavegrid.marketdata.internal.feed.FeedThreads;
import io.wavegrid.marketdata.internal.feed.Pacer;
import io.wavegrid.marketdata.internal.feed.TimeSetting;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A {@link MarketDataFeed} of generated candles, the platform's out-of-the-box market. Every subscription
 * runs its own generator from the same seed, so two timeframes of one symbol show the same underlying 1m
 * path and agree.
 */
@Component(service = MarketDataFeed.class, configurationPid = "io.wavegrid.marketdata.synthetic",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = MarketDataFeed.FEED_NAME + "=synthetic")
@Designate(ocd = SyntheticConfig.class)
public final class SyntheticFeed implements MarketDataFeed {

    private static final double DEFAULT_START_PRICE = 100;

    private final SyntheticConfig config;
    private final long origin;
    private final Map<String, Double> startPrices;
    private final ExecutorService executor = Executors.newCachedThreadPool(FeedThreads.named("wavegrid-synthetic"));

    @Activate
    public SyntheticFeed(SyntheticConfig config) {
        if (!(config.speed() >= 0) || config.history_bars() < 0) {
            throw new IllegalArgumentException("synthetic market: speed must be >= 0 and history.bars >= 0");
        }
        this.config = config;
        this.origin = TimeSetting.parse("origin", config.origin(), 0);
        this.startPrices = parsePrices(config.start_prices());
    }

    @Override
    public AutoCloseable subscribe(Symbol symbol, Timeframe timeframe, MarketDataListener listener) {
        SyntheticMarket market = new SyntheticMarket(config.seed(), symbol,
                startPrices.getOrDefault(symbol.code(), DEFAULT_START_PRICE), origin);
        return new FeedSession("synthetic " + symbol + " " + timeframe.code(), new AggregatingSource(market, timeframe),
                listener, Pacer.realClock(config.speed()), config.history_bars()).start(executor);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    static Map<String, Double> parsePrices(String[] pairs) {
        Map<String, Double> prices = new HashMap<>();
        for (String pair : pairs == null ? new String[0] : pairs) {
            int colon = pair.indexOf(':');
            try {
                double price = Double.parseDouble(pair.substring(colon + 1).trim());
                if (colon <= 0 || !(price > 0) || Double.isInfinite(price)) {
                    throw new NumberFormatException();
                }
                prices.put(Symbol.parse(pair.substring(0, colon)).code(), price);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("start.prices entry '" + pair + "' must be SYMBOL:positive-price, e.g. BTCUSDT:60000");
            }
        }
        return prices;
    }
}

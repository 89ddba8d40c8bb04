package io.wavegrid.marketdata.internal.replay;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.wavegrid.market.api.CandleStore;
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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A {@link MarketDataFeed} replaying stored candles. Each subscription plays on its own thread; a changed
 * configuration re-creates the component (and ends running sessions), which is what a new backtest needs.
 */
@Component(service = MarketDataFeed.class, configurationPid = "io.wavegrid.marketdata.replay",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = MarketDataFeed.FEED_NAME + "=replay")
@Designate(ocd = ReplayConfig.class)
public final class ReplayFeed implements MarketDataFeed {

    private final CandleStore store;
    private final ReplayConfig config;
    private final long from;
    private final long to;
    private final ExecutorService executor = Executors.newCachedThreadPool(FeedThreads.named("wavegrid-replay"));

    @Activate
    public ReplayFeed(@Reference CandleStore store, ReplayConfig config) {
        this(store, config, Clock.systemUTC());
    }

    ReplayFeed(CandleStore store, ReplayConfig config, Clock clock) {
        if (!(config.speed() >= 0)) {
            throw new IllegalArgumentException("replay speed must be 0 or positive, got " + config.speed());
        }
        this.store = store;
        this.config = config;
        this.from = TimeSetting.parse("from", config.from(), Long.MIN_VALUE);
        this.to = TimeSetting.parse("to", config.to(), clock.millis());
    }

    @Override
    public AutoCloseable subscribe(Symbol symbol, Timeframe timeframe, MarketDataListener listener) {
        StoreCandleSource source = new StoreCandleSource(store, symbol, timeframe, from, to, config.chunk_bars());
        return new FeedSession("replay " + symbol + " " + timeframe.code(), source, listener,
                Pacer.realClock(config.speed()), 0).start(executor);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}

package io.wavegrid.market.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A source of market data: an exchange stream, a replay of stored candles or a synthetic market.
 * Registered as an OSGi service with the property {@code feed.name}; configuration picks which feed the
 * engine follows, so backtest, paper and live differ only by configuration.
 */
@ConsumerType
public interface MarketDataFeed {

    /** Service property naming the feed. */
    String FEED_NAME = "feed.name";

    /**
     * Starts delivering closed candles (and, where the feed has them, tickers, trades and books) of a
     * symbol and timeframe. Closing the returned handle stops delivery.
     */
    AutoCloseable subscribe(Symbol symbol, Timeframe timeframe, MarketDataListener listener);
}

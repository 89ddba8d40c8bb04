package io.wavegrid.market.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives market data from a feed. Implementations must return quickly: feeds call them on I/O threads. */
@ConsumerType
public interface MarketDataListener {

    /** A candle that has closed; never an in-progress bar. */
    void onCandle(Candle candle);

    default void onTicker(Ticker ticker) {
    }

    default void onTrade(Trade trade) {
    }

    default void onOrderBook(OrderBook book) {
    }
}

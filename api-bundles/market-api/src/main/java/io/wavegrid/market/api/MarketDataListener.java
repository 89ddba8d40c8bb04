package io.wavegrid.market.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives market data from a feed. Implementations must return quickly: feeds call them on I/O threads. */
@ConsumerType
public interface MarketDataListener {

    /** A candle that has closed; never an in-progress bar. */
    void onCandle(Candle candle);

    /**
     * The engine begins its work on a closed candle, on the candle's shard thread, before any listener hears it
     * (execution-side listeners only): what the listener does until {@link #afterBar} belongs to that bar.
     */
    default void beforeBar(Candle candle) {
    }

    /** The engine is done with the candle: its analysis, its signals and the orders they led to. */
    default void afterBar(Candle candle) {
    }

    default void onTicker(Ticker ticker) {
    }

    default void onTrade(Trade trade) {
    }

    default void onOrderBook(OrderBook book) {
    }
}

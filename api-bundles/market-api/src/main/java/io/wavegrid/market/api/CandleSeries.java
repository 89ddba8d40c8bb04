package io.wavegrid.market.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read-only view of the most recent closed candles of one symbol and timeframe, indexed by bars ago:
 * {@code close(0)} is the latest closed bar. Only valid inside the callback that received it; the engine
 * reuses it for the next bar.
 */
@ProviderType
public interface CandleSeries {

    Symbol symbol();

    Timeframe timeframe();

    /** Number of bars available, at most the engine's history capacity. */
    int size();

    long openTime(int barsAgo);

    double open(int barsAgo);

    double high(int barsAgo);

    double low(int barsAgo);

    double close(int barsAgo);

    double volume(int barsAgo);

    /** Materialises one bar; allocates, so analysis hot paths should prefer the primitive accessors. */
    default Candle candle(int barsAgo) {
        return new Candle(symbol(), timeframe(), openTime(barsAgo), open(barsAgo), high(barsAgo), low(barsAgo),
                close(barsAgo), volume(barsAgo));
    }
}

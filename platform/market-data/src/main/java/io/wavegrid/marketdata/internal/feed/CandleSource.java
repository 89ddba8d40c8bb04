package io.wavegrid.marketdata.internal.feed;

import io.wavegrid.market.api.Candle;

/** A finite or endless sequence of closed candles, read by one feed session. */
@FunctionalInterface
public interface CandleSource {

    /** The next candle, or {@code null} when the source is exhausted. */
    Candle next();
}

package io.wavegrid.market.api;

import java.util.List;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Durable candle history. Implemented by the persistence layer (embedded H2 by default, PostgreSQL by
 * configuration); importers, downloaders, replay feeds and the API read and write through it.
 */
@ProviderType
public interface CandleStore {

    /**
     * Inserts the candles, replacing stored candles with the same symbol, timeframe and open time. All or
     * nothing: on any failure none of them is stored.
     *
     * @return the number of candles written
     */
    int upsert(List<Candle> candles);

    /** Stored candles with {@code from <= openTime < to}, oldest first. */
    List<Candle> range(Symbol symbol, Timeframe timeframe, long from, long to);

    /** Open time of the newest stored candle. */
    OptionalLong latestOpenTime(Symbol symbol, Timeframe timeframe);

    /** Spans within {@code [from, to)} where bars are missing, oldest first. */
    List<TimeRange> gaps(Symbol symbol, Timeframe timeframe, long from, long to);
}

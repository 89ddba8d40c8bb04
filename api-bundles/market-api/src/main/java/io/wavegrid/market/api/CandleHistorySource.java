package io.wavegrid.market.api;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Historical closed candles served by an exchange's REST API, one page per call. Registered by exchange
 * adapters with the service property {@value #EXCHANGE}; the platform's history downloader pages through it
 * and stores what it gets, so paging, progress and resume live in one place.
 */
@ConsumerType
public interface CandleHistorySource {

    /** Service property naming the exchange, e.g. "binance". */
    String EXCHANGE = "exchange";

    /** Largest page the exchange serves, so callers size their requests. */
    int maxPageSize();

    /**
     * Closed candles with {@code from <= openTime < to}, oldest first, at most {@code limit} of them. An empty
     * list means the exchange has no bar in the span. A bar still open at call time is never returned.
     *
     * @throws IOException when the exchange is unreachable, refuses the call or answers malformed data; the
     *                     message says which
     */
    List<Candle> candles(Symbol symbol, Timeframe timeframe, long from, long to, int limit) throws IOException;
}

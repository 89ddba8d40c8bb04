package io.wavegrid.exchange.kucoin.internal.market;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinCandles;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinInstruments;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.trading.api.ExchangeException;

/**
 * Closed candles from {@code GET /api/v1/market/candles}. KuCoin answers at most 1500 bars, newest first,
 * for a span in seconds; a page therefore asks for a span no longer than the page, starting at {@code from},
 * so consecutive pages are contiguous.
 */
public final class KucoinHistory {

    public static final int MAX_PAGE = 1500;
    private static final int CANDLES_WEIGHT = 3;

    private final KucoinRest rest;
    private final Clock clock;

    public KucoinHistory(KucoinRest rest, Clock clock) {
        this.rest = rest;
        this.clock = clock;
    }

    /** One page: closed candles with {@code from <= openTime < to}, oldest first, at most {@code limit}. */
    public List<Candle> candles(Symbol symbol, Timeframe timeframe, long from, long to, int limit) throws IOException {
        int page = Math.max(1, Math.min(MAX_PAGE, limit));
        long start = timeframe.align(from) < from ? timeframe.align(from) + timeframe.millis() : from;
        long end = Math.min(to, start + page * timeframe.millis());
        if (end <= start) {
            return List.of();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("symbol", KucoinInstruments.code(symbol));
        params.put("type", KucoinCandles.type(timeframe));
        params.put("startAt", Long.toString(start / 1000));
        // the last second before end: KuCoin's end is inclusive and it cuts the oldest rows beyond 1500
        params.put("endAt", Long.toString(end / 1000 - 1));
        try {
            List<Candle> candles = KucoinCandles.parse(rest.get("/api/v1/market/candles", params, CANDLES_WEIGHT),
                    symbol, timeframe, clock.millis());
            candles.removeIf(c -> c.openTime() < start || c.openTime() >= end);
            return candles.size() > page ? candles.subList(0, page) : candles;
        } catch (ExchangeException e) {
            throw new IOException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("KuCoin candles of " + symbol + " " + timeframe.code() + ": " + e.getMessage(), e);
        }
    }

    /** Every closed candle with {@code from <= openTime < to}, oldest first, page after page. */
    public List<Candle> range(Symbol symbol, Timeframe timeframe, long from, long to) throws IOException {
        List<Candle> all = new ArrayList<>();
        long next = from;
        while (next < to) {
            long pageEnd = Math.min(to, next + MAX_PAGE * timeframe.millis());
            all.addAll(candles(symbol, timeframe, next, pageEnd, MAX_PAGE));
            next = pageEnd;
        }
        return all;
    }
}

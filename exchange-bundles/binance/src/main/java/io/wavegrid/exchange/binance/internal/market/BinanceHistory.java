package io.wavegrid.exchange.binance.internal.market;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.exchange.binance.internal.http.BinanceRest;
import io.wavegrid.exchange.binance.internal.parse.BinanceInstruments;
import io.wavegrid.exchange.binance.internal.parse.BinanceKlines;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.trading.api.ExchangeException;

/** Closed candles from GET /api/v3/klines, one page per call (at most 1000 bars, weight 2). */
public final class BinanceHistory {

    public static final int MAX_PAGE = 1000;
    private static final int KLINES_WEIGHT = 2;

    private final BinanceRest rest;
    private final Clock clock;

    public BinanceHistory(BinanceRest rest, Clock clock) {
        this.rest = rest;
        this.clock = clock;
    }

    public List<Candle> candles(Symbol symbol, Timeframe timeframe, long from, long to, int limit) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("symbol", BinanceInstruments.code(symbol));
        params.put("interval", timeframe.code());
        params.put("startTime", Long.toString(from));
        params.put("endTime", Long.toString(to - 1));
        params.put("limit", Integer.toString(Math.max(1, Math.min(MAX_PAGE, limit))));
        try {
            return BinanceKlines.parse(rest.call("GET", "/api/v3/klines", params, BinanceRest.Security.NONE, KLINES_WEIGHT),
                    symbol, timeframe, clock.millis());
        } catch (ExchangeException e) {
            throw new IOException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("Binance klines of " + symbol + " " + timeframe.code() + ": " + e.getMessage(), e);
        }
    }
}

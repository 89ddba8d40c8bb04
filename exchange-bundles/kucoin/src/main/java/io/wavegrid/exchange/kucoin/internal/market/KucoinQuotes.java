package io.wavegrid.exchange.kucoin.internal.market;

import java.util.List;
import java.util.Map;

import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinInstruments;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinMarket;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Trade;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;

/** Ticker, order book (part books of 20 or 100 levels, or the full book with keys) and recent trades over KuCoin's REST API. */
public final class KucoinQuotes {

    private final KucoinRest rest;

    public KucoinQuotes(KucoinRest rest) {
        this.rest = rest;
    }

    public Ticker ticker(Symbol symbol) throws ExchangeException {
        return parsed(symbol, "ticker", () -> KucoinMarket.ticker(
                rest.get("/api/v1/market/orderbook/level1", bySymbol(symbol), 2), symbol));
    }

    /** @param depth 20 or 100, the two part books KuCoin serves without a key */
    public OrderBook book(Symbol symbol, int depth) throws ExchangeException {
        String levels = depth <= 20 ? "20" : "100";
        return parsed(symbol, "order book", () -> KucoinMarket.book(
                rest.get("/api/v1/market/orderbook/level2_" + levels, bySymbol(symbol), depth <= 20 ? 2 : 4), symbol));
    }

    /** The whole book, {@code GET /api/v3/market/orderbook/level2}; KuCoin serves it to signed calls only. */
    public OrderBook fullBook(Symbol symbol) throws ExchangeException {
        return parsed(symbol, "full order book", () -> KucoinMarket.book(
                rest.call("GET", "/api/v3/market/orderbook/level2", bySymbol(symbol), null, true, 3), symbol));
    }

    public List<Trade> trades(Symbol symbol) throws ExchangeException {
        return parsed(symbol, "trades", () -> KucoinMarket.trades(rest.get("/api/v1/market/histories", bySymbol(symbol), 3), symbol));
    }

    private interface Call<T> {
        T run() throws ExchangeException;
    }

    private static <T> T parsed(Symbol symbol, String what, Call<T> call) throws ExchangeException {
        try {
            return call.run();
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin " + what + " of " + symbol + " is malformed: " + e.getMessage());
        }
    }

    private static Map<String, String> bySymbol(Symbol symbol) {
        return Map.of("symbol", KucoinInstruments.code(symbol));
    }
}

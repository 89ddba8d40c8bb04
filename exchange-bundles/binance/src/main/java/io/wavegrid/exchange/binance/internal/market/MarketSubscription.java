package io.wavegrid.exchange.binance.internal.market;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.wavegrid.exchange.binance.internal.parse.StreamParser;
import io.wavegrid.exchange.binance.internal.parse.StreamSink;
import io.wavegrid.exchange.support.ResilientWebSocket;
import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One symbol and timeframe streamed from Binance's combined stream: closed klines through
 * {@link CandleContinuity}, trades and best bid/ask with repeats dropped by their ids, and the diff-depth
 * stream through {@link OrderBookSync}. Every reconnection backfills candles and rebuilds the book.
 */
public final class MarketSubscription implements ResilientWebSocket.Handler, StreamSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MarketSubscription.class);

    private final Symbol symbol;
    private final MarketDataListener listener;
    private final StreamParser parser;
    private final CandleContinuity candles;
    private final OrderBookSync book;
    private ResilientWebSocket socket;
    private long lastTradeId = Long.MIN_VALUE;
    private long lastTickerId = Long.MIN_VALUE;

    public MarketSubscription(Symbol symbol, MarketDataListener listener, StreamParser parser, CandleContinuity candles,
                              OrderBookSync book) {
        this.symbol = symbol;
        this.listener = listener;
        this.parser = parser;
        this.candles = candles;
        this.book = book;
    }

    /** The combined-stream address for the symbol and timeframe, with or without the tick streams. */
    public static URI streamUri(String wsBase, Symbol symbol, Timeframe timeframe, boolean ticks) {
        String code = (symbol.base() + symbol.quote()).toLowerCase(Locale.ROOT);
        String streams = code + "@kline_" + timeframe.code()
                + (ticks ? "/" + code + "@trade/" + code + "@bookTicker/" + code + "@depth@100ms" : "");
        return URI.create(wsBase + "/stream?streams=" + streams);
    }

    public MarketSubscription attach(ResilientWebSocket socket) {
        this.socket = socket;
        socket.start();
        return this;
    }

    @Override
    public void onConnected(ResilientWebSocket.Outbound out, boolean reconnect) {
        if (reconnect) {
            if (book != null) {
                book.restart();
            }
            candles.onReconnected();
        }
    }

    @Override
    public void onText(String message) {
        try {
            parser.parse(message, this);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: unreadable Binance message skipped: {}", symbol, e.getMessage());
        }
    }

    @Override
    public void closedKline(Candle candle) {
        candles.onClosed(candle);
    }

    @Override
    public void trade(Trade trade) {
        long id = Long.parseLong(trade.tradeId());
        if (id > lastTradeId) {
            lastTradeId = id;
            listener.onTrade(trade);
        }
    }

    @Override
    public void bookTicker(Symbol s, long updateId, BigDecimal bid, BigDecimal bidQty, BigDecimal ask, BigDecimal askQty) {
        if (updateId > lastTickerId) {
            lastTickerId = updateId;
            listener.onTicker(new Ticker(s, bid, ask, null, null, Instant.now()));
        }
    }

    @Override
    public void depth(Symbol s, long firstId, long finalId, List<BookLevel> bids, List<BookLevel> asks, long eventTime) {
        if (book != null) {
            book.onDiff(firstId, finalId, bids, asks, eventTime);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
    }
}

package io.wavegrid.exchange.kucoin.internal.market;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.exchange.kucoin.internal.parse.BookChange;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinStreamParser;
import io.wavegrid.exchange.kucoin.internal.stream.KucoinSession;
import io.wavegrid.exchange.support.ResilientWebSocket;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;

/**
 * One symbol and timeframe over KuCoin's public WebSocket: a fresh bullet token per connection, pings at the
 * token's interval, the candle, match and ticker topics (and level 2 when a book is kept) subscribed on every
 * connection once KuCoin's welcome arrived. KuCoin pushes the bar in progress; a bar counts as closed when an
 * update of a later bar arrives. After a reconnection the bars closed meanwhile are fetched over REST, so the
 * history has no hole and no duplicate, and the order book is rebuilt from a new snapshot.
 */
final class KucoinStream implements ResilientWebSocket.Handler, KucoinStreamParser.Sink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KucoinStream.class);

    private final Symbol symbol;
    private final Timeframe timeframe;
    private final KucoinStreamParser parser;
    private final CandleSequence candles;
    private final MarketDataListener listener;
    private final KucoinSession session;
    private final LongSupplier clock;
    private final KucoinBookSync book;
    private Candle inProgress;
    private boolean reconnected;
    private ResilientWebSocket socket;

    /** @param book the order book kept from the level 2 stream, or null to stream no book */
    KucoinStream(Symbol symbol, Timeframe timeframe, KucoinRest rest, KucoinHistory history, MarketDataListener listener,
                 ScheduledExecutorService scheduler, LongSupplier clock, KucoinBookSync book) {
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.parser = new KucoinStreamParser(symbol, timeframe);
        this.candles = new CandleSequence(symbol, timeframe, history, listener::onCandle);
        this.listener = listener;
        List<String> topics = new ArrayList<>(List.of(KucoinStreamParser.candleTopic(symbol, timeframe),
                KucoinStreamParser.matchTopic(symbol), KucoinStreamParser.tickerTopic(symbol)));
        if (book != null) {
            topics.add(KucoinStreamParser.level2Topic(symbol));
        }
        this.session = new KucoinSession(rest, false, topics, scheduler);
        this.clock = clock;
        this.book = book;
    }

    synchronized void attach(ResilientWebSocket socket) {
        this.socket = socket;
        socket.start();
    }

    KucoinSession session() {
        return session;
    }

    @Override
    public synchronized void onConnected(ResilientWebSocket.Outbound out, boolean reconnect) {
        session.connected(out);
        this.reconnected = reconnect;
        if (reconnect && book != null) {
            book.restart();
        }
    }

    @Override
    public synchronized void welcome() {
        session.welcomed();
        if (reconnected) {
            // the bar in progress before the cut may have closed with different values: REST has the final ones
            inProgress = null;
            candles.catchUp(timeframe.align(clock.getAsLong()));
        }
    }

    @Override
    public void onText(String message) {
        try {
            parser.parse(message, this);
        } catch (IllegalArgumentException e) {
            LOG.warn("KuCoin {} {}: message skipped: {}", symbol, timeframe.code(), e.getMessage());
        }
    }

    @Override
    public synchronized void candleUpdate(Candle update) {
        if (inProgress != null && update.openTime() > inProgress.openTime()) {
            candles.closed(inProgress);
        }
        if (inProgress == null || update.openTime() >= inProgress.openTime()) {
            inProgress = update;
        }
    }

    @Override
    public void trade(Trade trade) {
        listener.onTrade(trade);
    }

    @Override
    public void ticker(Ticker ticker) {
        listener.onTicker(ticker);
    }

    @Override
    public void bookChanges(long start, long end, List<BookChange> bids, List<BookChange> asks, long time) {
        if (book != null) {
            book.onChanges(start, end, bids, asks, time);
        }
    }

    @Override
    public void error(String message) {
        LOG.warn("KuCoin {} {} stream error: {}", symbol, timeframe.code(), message);
    }

    @Override
    public synchronized void close() {
        session.stop();
        if (socket != null) {
            socket.close();
        }
    }
}

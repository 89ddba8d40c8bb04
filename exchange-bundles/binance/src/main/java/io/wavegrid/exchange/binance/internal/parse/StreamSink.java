package io.wavegrid.exchange.binance.internal.parse;

import java.math.BigDecimal;
import java.util.List;

import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Trade;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;

/** Receives the events {@link StreamParser} reads; methods a connection does not need can stay empty. */
public interface StreamSink {

    default void trade(Trade trade) {
    }

    /** A closed kline (Binance's {@code x} true); updates of the bar still forming are not passed on. */
    default void closedKline(Candle candle) {
    }

    default void bookTicker(Symbol symbol, long updateId, BigDecimal bid, BigDecimal bidQty, BigDecimal ask, BigDecimal askQty) {
    }

    /** A diff-depth event covering update ids {@code firstId..finalId}; zero quantities remove levels. */
    default void depth(Symbol symbol, long firstId, long finalId, List<BookLevel> bids, List<BookLevel> asks, long eventTime) {
    }

    /** An executionReport: the order's new state and, when it traded, the fill (else null). */
    default void execution(Order order, Fill fill) {
    }

    default void listenKeyExpired() {
    }
}

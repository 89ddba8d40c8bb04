package io.wavegrid.exchange.paper.internal;

import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;

/**
 * The paper exchange refuses orders with Binance's own codes and texts, so code and operators see on paper
 * exactly what the real exchange would answer, followed by the detail Binance leaves out.
 */
final class BinanceErrors {

    static final String LOT_SIZE = "-1013 Filter failure: LOT_SIZE";
    static final String PRICE_FILTER = "-1013 Filter failure: PRICE_FILTER";
    static final String NOTIONAL = "-1013 Filter failure: NOTIONAL";
    static final String MARKET_CLOSED = "-1013 Market is closed.";
    static final String INVALID_SYMBOL = "-1121 Invalid symbol.";
    static final String INSUFFICIENT_BALANCE = "-2010 Account has insufficient balance for requested action.";
    static final String STOP_WOULD_TRIGGER = "-2010 Stop price would trigger immediately.";
    static final String UNKNOWN_ORDER = "-2011 Unknown order sent.";

    private BinanceErrors() {
    }

    static ExchangeException rejected(String error, String detail) {
        return new ExchangeException(Reason.REJECTED, error + " (" + detail + ")");
    }

    static ExchangeException notFound(String error, String detail) {
        return new ExchangeException(Reason.NOT_FOUND, error + " (" + detail + ")");
    }
}

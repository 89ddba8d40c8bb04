package io.wavegrid.market.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Best bid/ask and last price of a symbol. */
public record Ticker(Symbol symbol, BigDecimal bid, BigDecimal ask, BigDecimal last, BigDecimal volume24h, Instant time) {

    public Ticker {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(time, "time");
        if (bid != null && ask != null && bid.signum() > 0 && ask.signum() > 0 && bid.compareTo(ask) > 0) {
            throw new IllegalArgumentException("crossed ticker for " + symbol + ": bid " + bid + " > ask " + ask);
        }
    }
}

package io.wavegrid.market.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One public trade on an exchange. */
public record Trade(Symbol symbol, String tradeId, BigDecimal price, BigDecimal quantity, Side takerSide, Instant time) {

    public Trade {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(takerSide, "takerSide");
        Objects.requireNonNull(time, "time");
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("trade " + tradeId + " has a non-positive price: " + price);
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("trade " + tradeId + " has a non-positive quantity: " + quantity);
        }
    }
}

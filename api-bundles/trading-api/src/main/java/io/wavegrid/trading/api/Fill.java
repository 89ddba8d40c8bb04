package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;

/** One execution of (part of) an order. {@code tradeId} is unique per exchange and symbol, so fills apply once. */
public record Fill(String tradeId, String clientOrderId, String exchangeOrderId, Symbol symbol, Side side,
                   BigDecimal price, BigDecimal quantity, BigDecimal fee, String feeAsset, boolean maker, Instant time) {

    public Fill {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(time, "time");
        if (price == null || price.signum() <= 0 || quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("fill " + tradeId + " needs a positive price and quantity");
        }
        fee = fee == null ? BigDecimal.ZERO : fee;
        if (fee.signum() < 0) {
            throw new IllegalArgumentException("fill " + tradeId + " has a negative fee");
        }
    }
}

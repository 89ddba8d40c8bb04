package io.wavegrid.market.api;

import java.math.BigDecimal;

/** One price level of an order book; a zero quantity in a diff removes the level. */
public record BookLevel(BigDecimal price, BigDecimal quantity) {

    public BookLevel {
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("book level price must be positive: " + price);
        }
        if (quantity == null || quantity.signum() < 0) {
            throw new IllegalArgumentException("book level quantity must not be negative: " + quantity);
        }
    }
}

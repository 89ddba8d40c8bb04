package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An order as the exchange knows it.
 *
 * @param exchangeOrderId null until the exchange acknowledged the order
 * @param averagePrice    average fill price; null before the first fill
 * @param rejectReason    the exchange's reason for REJECTED, else empty
 */
public record Order(OrderRequest request, String exchangeOrderId, OrderStatus status, BigDecimal filledQuantity,
                    BigDecimal averagePrice, Instant updated, String rejectReason) {

    public Order {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updated, "updated");
        filledQuantity = filledQuantity == null ? BigDecimal.ZERO : filledQuantity;
        if (filledQuantity.signum() < 0 || filledQuantity.compareTo(request.quantity()) > 0) {
            throw new IllegalArgumentException("order " + request.clientOrderId() + ": filled quantity " + filledQuantity
                    + " outside [0, " + request.quantity() + "]");
        }
        rejectReason = rejectReason == null ? "" : rejectReason;
    }

    public String clientOrderId() {
        return request.clientOrderId();
    }

    public BigDecimal remainingQuantity() {
        return request.quantity().subtract(filledQuantity);
    }
}

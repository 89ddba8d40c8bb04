package io.wavegrid.execution.internal;

import java.util.Objects;

import io.wavegrid.trading.api.Order;

/**
 * What became of one order handed to the {@link OrderGateway}.
 *
 * @param order the exchange's view when placed, else the journal's (null when it was never journaled)
 */
record SendResult(Status status, Order order, String reason) {

    enum Status {
        /** The exchange has the order. */
        PLACED,
        /** The order is not on the exchange and never will be from this attempt; the journal says so. */
        REFUSED,
        /** The exchange never answered; the journal keeps it NEW and reconciliation settles it. */
        UNCONFIRMED,
        /** Nothing done: the journal already held an order with this id (a request seen before); see the journal. */
        JOURNALED_BEFORE
    }

    SendResult {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    static SendResult placed(Order order) {
        return new SendResult(Status.PLACED, order, "");
    }

    static SendResult refused(Order order, String reason) {
        return new SendResult(Status.REFUSED, order, reason);
    }

    boolean placed() {
        return status == Status.PLACED;
    }
}

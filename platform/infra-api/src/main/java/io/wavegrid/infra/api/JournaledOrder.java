package io.wavegrid.infra.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;

/**
 * An order as the journal holds it.
 *
 * @param account the trading account the order belongs to, e.g. {@code binance-main} or {@code paper}
 * @param created when the order was journaled, before it was sent: the {@link Order#updated()} time of the
 *                journaled order, taken from the engine's clock so that replays stay deterministic
 */
public record JournaledOrder(String account, Order order, Instant created) {

    public JournaledOrder {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(created, "created");
        if (account.isBlank() || account.length() > 64) {
            throw new IllegalArgumentException("account must be 1-64 characters, got '" + account + "'");
        }
    }

    /**
     * This order after the exchange's newer view {@code update}, enforcing the rules every journal applies.
     *
     * @throws IllegalStateException when the update is for another request, the state machine forbids the move
     *                               or the filled quantity would shrink
     */
    public JournaledOrder updatedWith(Order update) {
        Order current = order;
        if (!sameRequest(current.request(), update.request())) {
            throw new IllegalStateException("order " + current.clientOrderId() + ": update carries a different request than the journaled one");
        }
        if (!current.status().canMoveTo(update.status())) {
            throw new IllegalStateException("order " + current.clientOrderId() + ": cannot move from " + current.status()
                    + " to " + update.status() + " (stale or out-of-order update)");
        }
        if (update.filledQuantity().compareTo(current.filledQuantity()) < 0) {
            throw new IllegalStateException("order " + current.clientOrderId() + ": filled quantity would shrink from "
                    + current.filledQuantity() + " to " + update.filledQuantity() + " (stale update)");
        }
        String exchangeOrderId = update.exchangeOrderId() != null ? update.exchangeOrderId() : current.exchangeOrderId();
        Order merged = new Order(current.request(), exchangeOrderId, update.status(), update.filledQuantity(),
                update.averagePrice(), update.updated(), update.rejectReason());
        return new JournaledOrder(account, merged, created);
    }

    /** Whether two requests ask for the same order; decimals compare by value, so 0.50 equals 0.5. */
    public static boolean sameRequest(OrderRequest a, OrderRequest b) {
        return a.clientOrderId().equals(b.clientOrderId()) && a.symbol().equals(b.symbol()) && a.side() == b.side()
                && a.type() == b.type() && a.timeInForce() == b.timeInForce() && sameValue(a.quantity(), b.quantity())
                && sameValue(a.price(), b.price()) && sameValue(a.stopPrice(), b.stopPrice());
    }

    private static boolean sameValue(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }
}

package io.wavegrid.infra.api;

import java.time.Instant;
import java.util.Objects;

import io.wavegrid.trading.api.Order;

/**
 * An order as the journal holds it.
 *
 * @param account the trading account the order belongs to, e.g. {@code binance-main} or {@code paper}
 * @param created when the order was journaled, before it was sent
 */
public record JournaledOrder(String account, Order order, Instant created) {

    public JournaledOrder {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(created, "created");
    }
}

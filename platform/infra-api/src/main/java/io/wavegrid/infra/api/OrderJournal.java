package io.wavegrid.infra.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.wavegrid.trading.api.Order;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The durable record of every order, written <em>before</em> the order is sent so that no accepted order is
 * ever unknown after a crash; on start the order manager reconciles {@link #open} with the exchange.
 */
@ProviderType
public interface OrderJournal {

    /**
     * Journals a new order. Returns only once the order is durable.
     *
     * @return true when written; false when the same request was already journaled (a retry)
     * @throws IllegalStateException     when the client order id is journaled with a different request
     * @throws IllegalArgumentException  when the store could never hold the order (a field wider than its column); nothing
     *                                   is journaled
     * @throws StoreUnavailableException when the store cannot be reached; the order is not journaled and must
     *                                   not be sent
     */
    boolean journal(String account, Order order);

    /**
     * Records the exchange's newer view of a journaled order.
     *
     * @return the journaled order after the update
     * @throws IllegalArgumentException when the client order id is not journaled
     * @throws IllegalStateException    when the order's state machine forbids the move (e.g. FILLED to
     *                                  SUBMITTED, a stale update) or the filled quantity would shrink;
     *                                  nothing is changed
     */
    JournaledOrder update(Order order);

    Optional<JournaledOrder> find(String clientOrderId);

    /** Orders of the account that are not in a terminal state, oldest first. */
    List<JournaledOrder> open(String account);

    /**
     * Orders of the account that ended (a terminal state) with something filled and were last updated at or after
     * {@code since}, oldest first: where a restart looks for fills the exchange made that were never recorded (an
     * exchange that answers an order with its final state before it streams the fills).
     */
    List<JournaledOrder> endedWithFillsSince(String account, Instant since);
}

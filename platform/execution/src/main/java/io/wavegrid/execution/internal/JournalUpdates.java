package io.wavegrid.execution.internal;

import java.util.Optional;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the exchange's view of an order to the journal exactly once. A duplicate or out-of-order update is
 * refused by the journal's state machine; it is logged at debug and dropped, never thrown at the exchange's thread.
 */
final class JournalUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(JournalUpdates.class);

    private final AccountJournal journal;

    JournalUpdates(AccountJournal journal) {
        this.journal = journal;
    }

    /** @return the journaled order after the update, or empty when the update was stale, unknown or not stored */
    Optional<JournaledOrder> apply(Order update) {
        try {
            Optional<JournaledOrder> current = journal.find(update.clientOrderId());
            if (current.isEmpty()) {
                LOG.debug("Update of {} ignored: not in the journal", update.clientOrderId());
                return Optional.empty();
            }
            if (sameState(current.get().order(), update)) {
                LOG.debug("Duplicate update of {} ({}) dropped", update.clientOrderId(), update.status());
                return Optional.empty();
            }
            if (current.get().order().status() == OrderStatus.NEW && update.status() != OrderStatus.SUBMITTED
                    && update.status() != OrderStatus.REJECTED && update.status() != OrderStatus.NEW) {
                // The exchange skipped the acknowledgement (a market order reported filled at once): record it first.
                journal.update(new Order(update.request(), update.exchangeOrderId(), OrderStatus.SUBMITTED,
                        current.get().order().filledQuantity(), null, update.updated(), ""));
            }
            Order next = update.status() == OrderStatus.NEW ? acknowledged(update) : update;
            return Optional.of(journal.update(next));
        } catch (IllegalStateException e) {
            LOG.debug("Stale update of {} dropped: {}", update.clientOrderId(), e.getMessage());
        } catch (IllegalArgumentException e) {
            LOG.debug("Update of {} ignored: {}", update.clientOrderId(), e.getMessage());
        } catch (StoreUnavailableException e) {
            LOG.error("Journal unavailable: update of {} to {} not recorded; reconciliation will retry", update.clientOrderId(),
                    update.status(), e);
        }
        return Optional.empty();
    }

    /** An exchange that reports "new" has acknowledged the order: for the journal it is SUBMITTED. */
    private static Order acknowledged(Order update) {
        return new Order(update.request(), update.exchangeOrderId(), OrderStatus.SUBMITTED, update.filledQuantity(),
                update.averagePrice(), update.updated(), update.rejectReason());
    }

    private static boolean sameState(Order journaled, Order update) {
        OrderStatus status = update.status() == OrderStatus.NEW ? OrderStatus.SUBMITTED : update.status();
        return journaled.status() == status && journaled.filledQuantity().compareTo(update.filledQuantity()) == 0;
    }
}

package io.wavegrid.execution.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.trading.api.Order;

/** A journal whose store is down for writes (new orders, updates or both); reads still answer from the real journal. */
final class UnavailableJournal implements OrderJournal {

    private final OrderJournal store;
    private final boolean newOrdersFail;
    private volatile boolean updatesFail;

    UnavailableJournal(OrderJournal store, boolean newOrdersFail, boolean updatesFail) {
        this.store = store;
        this.newOrdersFail = newOrdersFail;
        this.updatesFail = updatesFail;
    }

    /** The store takes updates again. */
    void updatesBack() {
        updatesFail = false;
    }

    void updatesFail(boolean fail) {
        updatesFail = fail;
    }

    @Override
    public boolean journal(String account, Order order) {
        if (newOrdersFail) {
            throw new StoreUnavailableException("database connection refused", null);
        }
        return store.journal(account, order);
    }

    @Override
    public JournaledOrder update(Order order) {
        if (updatesFail) {
            throw new StoreUnavailableException("database connection refused", null);
        }
        return store.update(order);
    }

    @Override
    public Optional<JournaledOrder> find(String clientOrderId) {
        return store.find(clientOrderId);
    }

    @Override
    public List<JournaledOrder> endedWithFillsSince(String account, Instant since) {
        return store.endedWithFillsSince(account, since);
    }

    @Override
    public List<JournaledOrder> open(String account) {
        return store.open(account);
    }
}

package io.wavegrid.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.trading.api.Order;

/**
 * The order journal of the backend under test, with each new order's journal entry timed on the shard thread: the
 * part of an order's latency that is its own journal entry, written before it is sent by design, told apart from the
 * rest.
 */
final class TimedJournal implements OrderJournal {

    private final OrderJournal journal;
    private final BarClock clock;

    TimedJournal(OrderJournal journal, BarClock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public boolean journal(String account, Order order) {
        if (!Thread.currentThread().getName().startsWith("wavegrid-shard")) {
            return journal.journal(account, order);
        }
        long start = System.nanoTime();
        boolean written = journal.journal(account, order);
        clock.journaled(System.nanoTime() - start);
        return written;
    }

    @Override
    public JournaledOrder update(Order order) {
        return journal.update(order);
    }

    @Override
    public Optional<JournaledOrder> find(String clientOrderId) {
        return journal.find(clientOrderId);
    }

    @Override
    public List<JournaledOrder> open(String account) {
        return journal.open(account);
    }

    @Override
    public List<JournaledOrder> endedWithFillsSince(String account, Instant since) {
        return journal.endedWithFillsSince(account, since);
    }
}

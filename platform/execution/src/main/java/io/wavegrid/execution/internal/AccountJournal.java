package io.wavegrid.execution.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Order;

/**
 * The order journal as one account's order manager uses it, with the account's working (not terminal) orders also
 * held in memory. Every journal write of the order manager passes through here, and the account has no other
 * writer, so the copy is the journal's own state: the trading thread finds a symbol's working orders or the order an
 * update moves without a read from the store.
 * <p>
 * The copy is filled from the journal's open orders on first use; until that read succeeds, every call goes to the
 * journal (and fails as it does). A write and the copy's change happen under one lock, so two threads updating the
 * same order (the exchange's reports, a cancel on the trading thread) leave the copy in the order the journal took
 * them; readers do not lock.
 */
final class AccountJournal {

    private static final Comparator<JournaledOrder> OLDEST_FIRST =
            Comparator.comparing(JournaledOrder::created).thenComparing(j -> j.order().clientOrderId());

    private final String account;
    private final OrderJournal journal;
    private final Map<String, JournaledOrder> working = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    AccountJournal(String account, OrderJournal journal) {
        this.account = account;
        this.journal = journal;
    }

    /** @see OrderJournal#journal */
    synchronized boolean journal(Order order) {
        boolean written = journal.journal(account, order);
        if (written && loaded) {
            working.put(order.clientOrderId(), new JournaledOrder(account, order, order.updated()));
        }
        return written;
    }

    /** @see OrderJournal#update */
    synchronized JournaledOrder update(Order order) {
        JournaledOrder after = journal.update(order);
        if (loaded && after.account().equals(account)) {
            if (after.order().status().isTerminal()) {
                working.remove(after.order().clientOrderId());
            } else {
                working.put(after.order().clientOrderId(), after);
            }
        }
        return after;
    }

    /** The journaled order: a working one of this account from memory, any other from the journal. */
    Optional<JournaledOrder> find(String clientOrderId) {
        load();
        JournaledOrder held = working.get(clientOrderId);
        return held != null ? Optional.of(held) : journal.find(clientOrderId);
    }

    /** The account's working orders, oldest first. */
    List<JournaledOrder> open() {
        load();
        List<JournaledOrder> open = new ArrayList<>(working.values());
        open.sort(OLDEST_FIRST);
        return open;
    }

    /** The account's working orders on one side of one symbol, oldest first. */
    List<Order> working(Symbol symbol, Side side) {
        load();
        List<JournaledOrder> found = new ArrayList<>();
        for (JournaledOrder journaled : working.values()) {
            if (journaled.order().request().side() == side && journaled.order().request().symbol().equals(symbol)) {
                found.add(journaled);
            }
        }
        found.sort(OLDEST_FIRST);
        List<Order> orders = new ArrayList<>(found.size());
        found.forEach(j -> orders.add(j.order()));
        return orders;
    }

    private void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (!loaded) {
                journal.open(account).forEach(j -> working.put(j.order().clientOrderId(), j));
                loaded = true;
            }
        }
    }
}

package io.wavegrid.execution.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * <p>
 * Within a bar ({@link BarWrites}) an update of an order held here is judged here, by the journal's own state machine
 * ({@link JournaledOrder#updatedWith}), and written when the bar ends; a new order is always journaled before this
 * returns.
 * <p>
 * The orders that ended most recently are kept too: an ended order never changes again, and the exchange's answer to
 * a cancel usually arrives after its report has ended the order already, so without them each cancel read the
 * store on the trading thread to find a duplicate.
 */
final class AccountJournal {

    static final int ENDED_KEPT = 1024;

    private static final Comparator<JournaledOrder> OLDEST_FIRST =
            Comparator.comparing(JournaledOrder::created).thenComparing(j -> j.order().clientOrderId());

    private final String account;
    private final OrderJournal journal;
    private final BarWrites writes;
    private final Map<String, JournaledOrder> working = new ConcurrentHashMap<>();
    private final Map<String, JournaledOrder> ended = Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JournaledOrder> eldest) {
            return size() > ENDED_KEPT;
        }
    });
    private volatile boolean loaded;

    AccountJournal(String account, OrderJournal journal) {
        this(account, journal, new BarWrites());
    }

    AccountJournal(String account, OrderJournal journal, BarWrites writes) {
        this.account = account;
        this.journal = journal;
        this.writes = writes;
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
        JournaledOrder held = loaded ? heldCopy(order.clientOrderId()) : null;
        if (held != null) {
            // Judged against the newest state known, which the store may not have yet (a bar's writes wait).
            JournaledOrder after = held.updatedWith(order);
            if (writes.deferring()) {
                writes.submit(() -> "update of order " + order.clientOrderId() + " to " + order.status(), () -> journal.update(order));
                remember(after);
                return after;
            }
        }
        JournaledOrder after = journal.update(order);
        remember(after);
        return after;
    }

    /** This account's order as held here (working, or among the last ended), or null. */
    private JournaledOrder heldCopy(String clientOrderId) {
        JournaledOrder held = working.get(clientOrderId);
        return held != null ? held : ended.get(clientOrderId);
    }

    private void remember(JournaledOrder after) {
        if (!after.account().equals(account)) {
            return;
        }
        String id = after.order().clientOrderId();
        if (after.order().status().isTerminal()) {
            ended.put(id, after);
        }
        if (loaded) {
            if (after.order().status().isTerminal()) {
                working.remove(id);
            } else {
                working.put(id, after);
            }
        }
    }

    /** The journaled order: a working or recently ended one of this account from memory, any other from the journal. */
    Optional<JournaledOrder> find(String clientOrderId) {
        load();
        JournaledOrder held = heldCopy(clientOrderId);
        return held != null ? Optional.of(held) : journal.find(clientOrderId);
    }

    /** @see OrderJournal#endedWithFillsSince */
    List<JournaledOrder> endedWithFillsSince(Instant since) {
        return journal.endedWithFillsSince(account, since);
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

package io.wavegrid.execution.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.wavegrid.infra.api.StoreUnavailableException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes of the stores that wait, within a bar, until its orders are out: the fills, positions and journal updates
 * that the exchange's reports bring in a bar are written when the shard is done with the bar, in the order they came,
 * on the same thread. A protective order placed on a fill's report therefore waits only for its own journal entry,
 * which is always written before it is sent, never here.
 * <p>
 * A crash within a bar loses its waiting writes, as a crash at its start would have, except for the orders sent in
 * it (journaled, never waiting): those are recovered at start like any order the exchange moved while the engine was
 * down (reconciliation takes their states and missed fills back from the exchange; a rebuilt trade knows its stop).
 * Writes outside a bar (the exchange's own threads, reconciliation, the operator) run at once. A store that is down
 * when a bar ends keeps the rest waiting, in order, for the next bar's end or reconciliation; so does a store that
 * refuses a write outside a bar, and the writes that come after it there wait behind it (a position is never saved
 * ahead of the fill it counts, which a restart would book a second time).
 */
final class BarWrites {

    private static final Logger LOG = LoggerFactory.getLogger(BarWrites.class);

    private record Write(Supplier<String> what, Runnable write) {
    }

    /** A thread's bar: whether one is open, and its writes; reused from bar to bar, so a bar allocates nothing. */
    private static final class Bar {
        final List<Write> writes = new ArrayList<>();
        boolean open;
    }

    private final ThreadLocal<Bar> bars = ThreadLocal.withInitial(Bar::new);
    /** Writes a store refused while down, oldest first; guarded by itself. */
    private final ArrayDeque<Write> backlog = new ArrayDeque<>();
    /** Whether {@link #backlog} holds anything: a bar without writes ends without taking its lock. */
    private volatile boolean backlogWaiting;
    private String failure;

    /** A bar begins on this thread; a bar left open (its end never came) keeps its writes and goes on. */
    void begin() {
        bars.get().open = true;
    }

    /**
     * Within a bar: kept until its end. Outside one: run now, or, while earlier writes wait for a store, after them; a
     * write the store refuses because it is down waits too (any other failure is the caller's).
     */
    void submit(Supplier<String> what, Runnable write) {
        Bar bar = bars.get();
        if (bar.open) {
            bar.writes.add(new Write(what, write));
            return;
        }
        if (backlogWaiting) {
            synchronized (backlog) {
                backlog.addLast(new Write(what, write));
                drain();
            }
            return;
        }
        try {
            write.run();
        } catch (StoreUnavailableException e) {
            waitForStore(what, write, e);
        }
    }

    /** Whether writes wait for a store that was down: a write that must follow them cannot run now. */
    boolean backlogged() {
        return backlogWaiting;
    }

    /** {@code write} failed because its store is down: it waits, with every write after it, until the store is back. */
    void waitForStore(Supplier<String> what, Runnable write, StoreUnavailableException failed) {
        synchronized (backlog) {
            if (failure == null) {
                LOG.error("Store unavailable: {} and the writes after it wait until it is back: {}", what.get(), failed.getMessage());
            }
            failure = failed.getMessage();
            backlog.addLast(new Write(what, write));
            backlogWaiting = true;
        }
    }

    /** Whether this thread is within a bar (its writes wait). */
    boolean deferring() {
        return bars.get().open;
    }

    /** The bar on this thread is done: its writes, after any a store refused before, are written now. */
    void end() {
        Bar bar = bars.get();
        bar.open = false;
        if (bar.writes.isEmpty() && !backlogWaiting) {
            return;
        }
        synchronized (backlog) {
            backlog.addAll(bar.writes);
            bar.writes.clear();
            drain();
        }
    }

    /** Writes what a store refused before (reconciliation calls this outside bars); false while the store is still down. */
    boolean retry() {
        synchronized (backlog) {
            drain();
            return backlog.isEmpty();
        }
    }

    /** How many writes wait for a store that was down, and why; null when none. */
    String waiting() {
        synchronized (backlog) {
            return backlog.isEmpty() ? null : backlog.size() + " writes wait for the store (" + failure + ")";
        }
    }

    private void drain() {
        drainInOrder();
        backlogWaiting = !backlog.isEmpty();
    }

    private void drainInOrder() {
        for (Write next; (next = backlog.peekFirst()) != null; backlog.pollFirst()) {
            try {
                next.write().run();
            } catch (StoreUnavailableException e) {
                if (failure == null) {
                    LOG.error("Store unavailable: {} and {} writes after it wait until it is back: {}", next.what().get(),
                            backlog.size() - 1, e.getMessage());
                }
                failure = e.getMessage();
                return;
            } catch (IllegalStateException e) {
                // A newer state of the same order was written first, from another thread (an operator's cancel).
                LOG.info("{} superseded in the store: {}", next.what().get(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("{} refused by the store and skipped: {}", next.what().get(), e.toString());
            }
            if (failure != null) {
                LOG.info("Store available again; the writes that waited for it are written");
                failure = null;
            }
        }
    }
}

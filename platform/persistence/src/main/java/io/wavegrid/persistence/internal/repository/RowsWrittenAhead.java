package io.wavegrid.persistence.internal.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New orders on the embedded H2 file. An order is journaled by its line in the write-ahead file, which outlives a
 * dying process (H2 keeps a commit in memory for up to its write delay, so its row alone would not), and its row
 * follows: inserted before the journal's next update or list, on the checkpoint thread once it has waited
 * {@link #OVERDUE_NANOS}, and always before its line's segment is deleted. A restart inserts the rows of the lines
 * still on disk. So the order is durable before it is sent, and the primary-key lookup of its insert (cold index
 * pages between a candle's close and the send) runs after the send, with the bar's other writes.
 * <p>
 * A repeated client order id is still refused before anything is written: the waiting rows are looked at, then
 * {@link JournaledIds}, and the table only when that filter cannot rule the id out. The filter holds every id of the
 * table because this journal is the table's only writer (the H2 file is open in this process alone).
 */
final class RowsWrittenAhead {

    private static final Logger LOG = LoggerFactory.getLogger(RowsWrittenAhead.class);

    /**
     * Most rows that may wait: past it the database has refused them for a while (each journal update tries), and new
     * orders are refused as they were when the insert came before the send, rather than piling up in memory.
     */
    static final int MOST_WAITING = 10_000;

    /** How long a row may wait for a journal call that stores it before the checkpoint thread does. */
    static final long OVERDUE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final OrderWriteAhead file;
    private final Jdbc jdbc;
    /** Guarded by this, like everything below that is not volatile. */
    private final Map<String, JournaledOrder> waiting = new LinkedHashMap<>();
    private long waitingSince;
    private JournaledIds ids;
    /** While a larger filter is being read from the table: the ids waiting or journaled meanwhile, which it may lack. */
    private List<String> journaledDuringScan;
    /** The waiting rows' count, read without the lock by the journal's every update. */
    private volatile int waitingCount;
    /** Held while rows are inserted, so that a caller who stores the waiting rows returns once they are in the table. */
    private final ReentrantLock storing = new ReentrantLock();

    /** Inserts the rows of the lines a dead process left on disk first, so that the ids read next include them. */
    RowsWrittenAhead(OrderWriteAhead file, Jdbc jdbc) {
        this.file = file;
        this.jdbc = jdbc;
        restoreLinesLeft();
        this.ids = idsInTable(2 * rowCount());
    }

    /**
     * Writes the new order's line, unless an order with its client order id is journaled already.
     *
     * @return false when the id is taken (the caller reads who holds it)
     * @throws IllegalArgumentException  when the table could never hold the order's row; nothing is written
     * @throws StoreUnavailableException when the line cannot be written, or too many rows wait for the database;
     *                                   nothing is written
     */
    synchronized boolean journal(JournaledOrder fresh) {
        String id = fresh.order().clientOrderId();
        if (waiting.containsKey(id) || ids.mightContain(id) && stored(id)) {
            return false;
        }
        if (waiting.size() >= MOST_WAITING) {
            throw new StoreUnavailableException("order journal: " + waiting.size() + " journaled orders wait for the database"
                    + " to take their rows; no new order is journaled until it does", null);
        }
        String unfit = OrderRows.unfit(fresh);
        if (unfit != null) {
            throw new IllegalArgumentException("order " + id + " cannot be journaled: its " + unfit);
        }
        file.append(fresh);
        ids.add(id);
        if (journaledDuringScan != null) {
            journaledDuringScan.add(id);
        }
        if (waiting.isEmpty()) {
            waitingSince = System.nanoTime();
        }
        waiting.put(id, fresh);
        waitingCount = waiting.size();
        return true;
    }

    /** The order journaled under the id whose row is not in the table yet, or null. */
    synchronized JournaledOrder waiting(String clientOrderId) {
        return waiting.get(clientOrderId);
    }

    /** False when the table certainly has no row of the id (nor will, unless it is journaled). */
    synchronized boolean mayBeStored(String clientOrderId) {
        return ids.mightContain(clientOrderId);
    }

    /**
     * Inserts every waiting row; when this returns, the rows waiting when it was called are in the table.
     *
     * @throws StoreUnavailableException when the database refuses; the rows not inserted keep waiting
     */
    void storeWaiting() {
        if (waitingCount == 0) {
            return;
        }
        storing.lock();
        try {
            List<JournaledOrder> rows;
            synchronized (this) {
                rows = new ArrayList<>(waiting.values());
            }
            for (JournaledOrder row : rows) {
                insert(row);
                synchronized (this) {
                    waiting.remove(row.order().clientOrderId());
                    waitingCount = waiting.size();
                }
            }
        } finally {
            storing.unlock();
        }
    }

    /** Stores the waiting rows when the oldest has waited too long for a journal call to do it. */
    void storeOverdue() {
        boolean overdue;
        synchronized (this) {
            overdue = !waiting.isEmpty() && System.nanoTime() - waitingSince >= OVERDUE_NANOS;
        }
        if (overdue) {
            storeWaiting();
        }
    }

    /**
     * Closes the write-ahead segment in use and stores the rows of its lines; returns the number of the newest closed
     * segment, as {@link OrderWriteAhead#rotate} does. A line and its waiting row are added under one lock, so every
     * line of a closed segment has its row stored or waiting when the segment closes.
     */
    long closeSegment() {
        long upTo;
        synchronized (this) {
            upTo = file.rotate();
        }
        storeWaiting();
        return upTo;
    }

    /** Replaces a filter holding more ids than it was sized for by one read from the table, twice the size. */
    void growIdsIfFull() {
        synchronized (this) {
            if (!ids.full()) {
                return;
            }
            // A row waiting now may be inserted behind the scan's cursor: its id must come from here.
            journaledDuringScan = new ArrayList<>(waiting.keySet());
        }
        try {
            JournaledIds larger = idsInTable(2 * rowCount());
            synchronized (this) {
                journaledDuringScan.forEach(larger::add);
                waiting.keySet().forEach(larger::add);
                ids = larger;
            }
        } finally {
            synchronized (this) {
                journaledDuringScan = null;
            }
        }
    }

    synchronized int idCapacity() {
        return ids.capacity();
    }

    private void insert(JournaledOrder row) {
        if (!OrderRows.insertUnlessPresent(jdbc, row, "storing journaled order")) {
            // Only another writer of the table could have put it there; the order is sent, so its line stays the record.
            LOG.error("Journaled order {} was sent, but the orders table already holds a row under its id (another writer?);"
                    + " the table's row is kept and reconciliation reports any difference with the exchange",
                    row.order().clientOrderId());
        }
    }

    /** Rows the database lost when the process died (H2 had not stored them yet); the others are in the table already. */
    private void restoreLinesLeft() {
        int restored = 0;
        for (JournaledOrder order : file.unsettled()) {
            if (OrderRows.insertUnlessPresent(jdbc, order, "restoring order")) {
                restored++;
            }
        }
        if (restored > 0) {
            LOG.warn("{} journaled order(s) the database lost when the process died were restored from the write-ahead file;"
                    + " reconciliation takes their state from the exchange", restored);
        }
    }

    private boolean stored(String id) {
        return jdbc.one(OrderRows.EXISTS, s -> s.setString(1, id), row -> Boolean.TRUE, "reading order", id).isPresent();
    }

    private long rowCount() {
        return jdbc.one("SELECT COUNT(*) FROM orders", s -> { }, row -> row.getLong(1), "counting orders", "").orElse(0L);
    }

    private JournaledIds idsInTable(long expected) {
        JournaledIds read = new JournaledIds(expected);
        jdbc.forEach("SELECT client_order_id FROM orders", s -> { }, row -> read.add(row.getString(1)),
                "reading the journaled order ids", "");
        return read;
    }
}

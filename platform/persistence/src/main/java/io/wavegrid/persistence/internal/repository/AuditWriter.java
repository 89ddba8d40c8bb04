package io.wavegrid.persistence.internal.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.PendingAuditEntry;
import io.wavegrid.infra.api.StoreUnavailableException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes audit entries behind their callers, in the order they were handed in, in batches of one transaction. The
 * caller (often the trading thread) only queues; {@link #awaitWritten} lets a reader see every entry queued before
 * it asked. A database that is down keeps the entries queued and retried; an entry the database refuses for itself
 * (not for a lost connection) is logged in full and skipped, so it cannot block the ones behind it.
 */
final class AuditWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);
    static final String INSERT = "INSERT INTO audit_log (occurred_at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)";
    private static final int BATCH = 500;
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DataSource dataSource;
    private final int capacity;
    private final Object lock = new Object();
    /** Entries handed in and not yet written, oldest first; guarded by {@link #lock}. */
    private final ArrayDeque<PendingAuditEntry> queue = new ArrayDeque<>();
    private long queued;
    private long written;
    private boolean closing;
    private String lastFailure;
    private final Thread thread;

    AuditWriter(DataSource dataSource, int capacity, String threadName) {
        this.dataSource = dataSource;
        this.capacity = capacity;
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    void append(AuditEntry entry) {
        append(new PendingAuditEntry(entry));
    }

    void append(PendingAuditEntry entry) {
        synchronized (lock) {
            if (closing) {
                throw new StoreUnavailableException("audit log is closing; " + entry.action() + " " + entry.target() + " not recorded", null);
            }
            if (queue.size() >= capacity) {
                throw new StoreUnavailableException("audit log: " + capacity + " entries wait for the database (" + lastFailure
                        + "); " + entry.action() + " " + entry.target() + " not recorded", null);
            }
            queue.addLast(entry);
            queued++;
        }
    }

    /** Waits until every entry queued before this call is in the database. */
    void awaitWritten(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            long target = queued;
            LockSupport.unpark(thread);
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new StoreUnavailableException("audit log: " + (target - written) + " entries not yet written after "
                            + timeout.toMillis() + " ms (" + lastFailure + ")", null);
                }
                try {
                    lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreUnavailableException("audit log: interrupted while waiting for queued entries", e);
                }
            }
        }
    }

    int pending() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** Stops taking entries and writes the queued ones, for at most {@code timeout}; what is left is logged. */
    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    void close(Duration timeout) {
        synchronized (lock) {
            closing = true;
        }
        LockSupport.unpark(thread);
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
        List<PendingAuditEntry> lost;
        synchronized (lock) {
            lost = new ArrayList<>(queue);
            queue.clear();
        }
        for (PendingAuditEntry entry : lost) {
            LOG.error("Audit entry not written before the audit log closed ({}): {}", lastFailure, entry);
        }
    }

    private void run() {
        List<PendingAuditEntry> batch = new ArrayList<>(BATCH);
        while (true) {
            synchronized (lock) {
                if (queue.isEmpty() && closing) {
                    return;
                }
                for (PendingAuditEntry entry : queue) {
                    if (batch.size() == BATCH) {
                        break;
                    }
                    batch.add(entry);
                }
            }
            if (batch.isEmpty()) {
                LockSupport.parkNanos(IDLE_NANOS);
                continue;
            }
            int done = write(batch);
            synchronized (lock) {
                for (int i = 0; i < done; i++) {
                    queue.removeFirst();
                }
                written += done;
                lock.notifyAll();
            }
            if (done < batch.size()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                LockSupport.parkNanos(RETRY_NANOS);
            }
            batch.clear();
        }
    }

    /** Writes the batch in one transaction, else entry by entry; returns how many entries are settled, in order. */
    private int write(List<PendingAuditEntry> batch) {
        try (Connection c = dataSource.getConnection()) {
            try {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement(INSERT)) {
                    for (PendingAuditEntry entry : batch) {
                        bind(s, entry.entry());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                c.commit();
                recovered();
                return batch.size();
            } catch (SQLException e) {
                Jdbc.rollbackQuietly(c);
                if (!refusedForItself(e)) {
                    failed(e);
                    return 0;
                }
            } finally {
                c.setAutoCommit(true);
            }
            return oneByOne(c, batch);
        } catch (SQLException e) {
            failed(e);
            return 0;
        }
    }

    private int oneByOne(Connection c, List<PendingAuditEntry> batch) throws SQLException {
        for (int i = 0; i < batch.size(); i++) {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bind(s, batch.get(i).entry());
                s.executeUpdate();
            } catch (SQLException e) {
                if (!refusedForItself(e)) {
                    failed(e);
                    return i;
                }
                LOG.error("Audit entry refused by the database and skipped ({}): {}", e.getMessage(), batch.get(i));
            }
        }
        recovered();
        return batch.size();
    }

    private static void bind(PreparedStatement s, AuditEntry entry) throws SQLException {
        s.setObject(1, Jdbc.utc(entry.time()));
        s.setString(2, entry.actor());
        s.setString(3, entry.action());
        s.setString(4, entry.target());
        s.setString(5, entry.detail());
    }

    /** A data or constraint error (SQLSTATE classes 22 and 23) is the entry's own fault; anything else may pass. */
    private static boolean refusedForItself(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private void failed(SQLException e) {
        String message = e.getMessage();
        boolean first;
        synchronized (lock) {
            first = lastFailure == null;
            lastFailure = message;
        }
        if (first) {
            LOG.error("Audit log cannot write to the database, entries stay queued and are retried every second: {}", message);
        }
    }

    private void recovered() {
        boolean wasFailing;
        synchronized (lock) {
            wasFailing = lastFailure != null;
            lastFailure = null;
        }
        if (wasFailing) {
            LOG.info("Audit log writes to the database again");
        }
    }
}

package io.wavegrid.persistence.internal.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.StoreUnavailableException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes audit entries behind their callers, in order and in batches, so a risk decision or an order does not
 * wait for the database to record that it happened (the order journal, which must be durable before an order
 * is sent, is written in line). While the database is away the entries wait, up to a bound; a full backlog
 * refuses new entries with {@link StoreUnavailableException}, as a synchronous write would.
 */
final class AuditWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);
    private static final int BATCH = 256;
    private static final long MAX_BACKOFF_MS = 5_000;

    private final BlockingQueue<AuditEntry> queue;
    private final Consumer<List<AuditEntry>> store;
    private final AtomicLong accepted = new AtomicLong();
    private final Object progress = new Object();
    private final Thread thread;
    private long written;
    private volatile boolean closed;

    AuditWriter(int capacity, Consumer<List<AuditEntry>> store) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.store = store;
        this.thread = new Thread(this::run, "wavegrid-audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void submit(AuditEntry entry) {
        if (closed) {
            throw new StoreUnavailableException("the audit log is closed; " + entry.action() + " not recorded", null);
        }
        synchronized (queue) {
            if (!queue.offer(entry)) {
                throw new StoreUnavailableException("the audit log's backlog is full (" + (queue.size())
                        + " entries waiting for the database); " + entry.action() + " not recorded", null);
            }
            accepted.incrementAndGet();
        }
    }

    /** Waits until every entry accepted before the call is in the database. */
    void flush(long timeoutMs) {
        long target = accepted.get();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        synchronized (progress) {
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new StoreUnavailableException("the audit log is behind: " + (target - written)
                            + " entries not yet in the database", null);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreUnavailableException("interrupted while waiting for the audit log", e);
                }
            }
        }
    }

    private void run() {
        List<AuditEntry> batch = new ArrayList<>(BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                AuditEntry first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                if (!writeWithRetry(batch)) {
                    return;
                }
                synchronized (progress) {
                    written += batch.size();
                    progress.notifyAll();
                }
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Keeps the batch, in order, until the database takes it; false when closed before it could. */
    private boolean writeWithRetry(List<AuditEntry> batch) throws InterruptedException {
        long backoff = 100;
        while (true) {
            try {
                store.accept(batch);
                return true;
            } catch (StoreUnavailableException e) {
                if (closed) {
                    LOG.warn("{} audit entries not written at shutdown: {}", batch.size() + queue.size(), e.getMessage());
                    return false;
                }
                LOG.warn("Audit log write failed ({}); {} entries wait, retrying in {} ms", e.getMessage(),
                        batch.size() + queue.size(), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }
}

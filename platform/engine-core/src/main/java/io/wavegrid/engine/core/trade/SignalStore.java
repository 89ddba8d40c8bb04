package io.wavegrid.engine.core.trade;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.signal.api.TradingSignal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists each new state of a signal through the signal repository, on its own thread so the kernel never
 * waits for the database. Without a repository the signals live in memory only.
 * <p>
 * A state saved while a shard works on a bar ({@link #barBegins} to {@link #barEnds}) wakes the writer only when the
 * bar is done: woken at once, the writer, with a database's worth of work for the new signal, took the core from the
 * kernel just as the signal's entry was being sent. A state saved on any other thread wakes it at once.
 */
public final class SignalStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignalStore.class);
    /** How long the writer sleeps when nobody wakes it: a bar that never ended still has its states written. */
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Queue<TradingSignal> waiting = new ConcurrentLinkedQueue<>();
    private final Thread writer = new Thread(this::run, "wavegrid-signal-store");
    private volatile SignalRepository repository;
    private volatile boolean closing;
    /** True on a shard thread while it works on a bar; set, not removed, so a bar allocates nothing. */
    private final ThreadLocal<Boolean> inBar = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public SignalStore() {
        writer.setDaemon(true);
        writer.start();
    }

    public void use(SignalRepository next) {
        repository = next;
    }

    public void drop(SignalRepository gone) {
        if (repository == gone) {
            repository = null;
        }
    }

    public void save(TradingSignal signal) {
        if (repository == null || closing) {
            return;
        }
        waiting.add(signal);
        if (!inBar.get()) {
            LockSupport.unpark(writer);
        }
    }

    /** The calling shard thread begins a bar: what it saves now is written once the bar is done. */
    public void barBegins() {
        inBar.set(Boolean.TRUE);
    }

    /** The calling shard thread is done with its bar: the writer writes what the bar saved. */
    public void barEnds() {
        inBar.set(Boolean.FALSE);
        if (!waiting.isEmpty()) {
            LockSupport.unpark(writer);
        }
    }

    private void run() {
        while (!closing || !waiting.isEmpty()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            TradingSignal next = waiting.poll();
            if (next == null) {
                LockSupport.parkNanos(IDLE_NANOS);
                continue;
            }
            SignalRepository target = repository;
            if (target == null) {
                continue;
            }
            try {
                target.save(next);
            } catch (RuntimeException e) {
                LOG.warn("Signal {} ({}) not persisted: {}", next.id(), next.status(), e.getMessage());
            }
        }
    }

    /** Writes what waits, for at most five seconds. */
    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(writer);
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            writer.interrupt();
            LOG.warn("Signals still queued for the store were dropped at shutdown");
        }
    }
}

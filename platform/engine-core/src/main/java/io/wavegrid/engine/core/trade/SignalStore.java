package io.wavegrid.engine.core.trade;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.signal.api.TradingSignal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists each new state of a signal through the signal repository, on its own thread so the kernel never
 * waits for the database. Without a repository the signals live in memory only.
 */
public final class SignalStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignalStore.class);

    private final ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "wavegrid-signal-store");
                thread.setDaemon(true);
                return thread;
            });
    private volatile SignalRepository repository;

    public void use(SignalRepository next) {
        repository = next;
    }

    public void drop(SignalRepository gone) {
        if (repository == gone) {
            repository = null;
        }
    }

    public void save(TradingSignal signal) {
        if (repository == null) {
            return;
        }
        writer.execute(() -> {
            SignalRepository target = repository;
            if (target == null) {
                return;
            }
            try {
                target.save(signal);
            } catch (RuntimeException e) {
                LOG.warn("Signal {} ({}) not persisted: {}", signal.id(), signal.status(), e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Signals still queued for the store were dropped at shutdown");
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

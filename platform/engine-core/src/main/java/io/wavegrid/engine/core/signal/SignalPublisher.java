package io.wavegrid.engine.core.signal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.SignalListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the latest aggregation per profile and series and hands each one to the registered listeners. */
public final class SignalPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SignalPublisher.class);

    private final Map<SeriesKey, AggregatedSignal> latest = new ConcurrentHashMap<>();
    private final List<SignalListener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(SignalListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SignalListener listener) {
        listeners.remove(listener);
    }

    /** Publishes under a key the caller already holds for the bar, so the kernel makes one per profile and bar. */
    public void publish(SeriesKey key, AggregatedSignal signal) {
        latest.put(key, signal);
        for (SignalListener listener : listeners) {
            try {
                listener.onSignal(signal);
            } catch (RuntimeException e) {
                LOG.warn("Signal listener {} failed; skipped", listener.getClass().getName(), e);
            }
        }
    }

    public Optional<AggregatedSignal> latest(String profile, Symbol symbol, Timeframe timeframe) {
        return Optional.ofNullable(latest.get(new SeriesKey(profile, symbol, timeframe)));
    }
}

package io.wavegrid.engine.core.trade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.wavegrid.engine.core.signal.SeriesKey;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;
import io.wavegrid.signal.api.TradingSignalListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every trading signal and its lifecycle. Transitions are checked and applied under one short lock; the
 * listeners hear each one afterwards, in the order they were applied for any one signal. Ended signals are
 * kept for look-up up to a bound, then only in the signal repository.
 */
public final class SignalBook implements SignalLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SignalBook.class);
    static final int ENDED_KEPT = 10_000;

    private final Map<String, TradingSignal> signals = new ConcurrentHashMap<>();
    /** The signals not yet ended: what every bar's expiry check walks, so it stays small. */
    private final Map<String, TradingSignal> unended = new ConcurrentHashMap<>();
    private final Map<SeriesKey, Supplier<TradingSignal>> candidates = new ConcurrentHashMap<>();
    private final Deque<String> ended = new ArrayDeque<>();
    private final List<TradingSignalListener> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<TradingSignal> store;
    /**
     * Events raised by a listener while it hears another (execution moving a signal to ACTIVE from inside the
     * PENDING announcement) wait here, so every listener hears every signal's events in the order they happened.
     */
    private final ThreadLocal<Deque<TradingSignal>> pendingAnnouncements = new ThreadLocal<>();

    /** @param store persists each new state of a signal; must not block (hand off to another thread) */
    public SignalBook(Consumer<TradingSignal> store) {
        this.store = store;
    }

    public void addListener(TradingSignalListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TradingSignalListener listener) {
        listeners.remove(listener);
    }

    /** Records a new PENDING signal and announces it. */
    void open(TradingSignal signal) {
        if (signal.status() != SignalStatus.PENDING) {
            throw new IllegalArgumentException("a new signal must be PENDING, got " + signal.status());
        }
        if (signals.putIfAbsent(signal.id(), signal) != null) {
            LOG.debug("Signal {} already exists; not raised again", signal.id());
            return;
        }
        unended.put(signal.id(), signal);
        announce(signal);
    }

    /**
     * The latest setup of a profile on a series, whether or not it was raised as a new signal; built only when
     * a scan asks for it, so bars nobody scans cost no formatting.
     */
    void candidate(SeriesKey key, Supplier<TradingSignal> setup) {
        if (setup == null) {
            candidates.remove(key);
        } else {
            candidates.put(key, setup);
        }
    }

    @Override
    public TradingSignal transition(String signalId, SignalStatus next, String reason) {
        if (next == null) {
            throw new IllegalArgumentException("signal " + signalId + ": no target state given");
        }
        if ((next == SignalStatus.REJECTED || next == SignalStatus.CANCELLED) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("signal " + signalId + ": a move to " + next + " needs a reason");
        }
        TradingSignal moved;
        synchronized (this) {
            TradingSignal current = signals.get(signalId);
            if (current == null) {
                throw new IllegalArgumentException("unknown signal '" + signalId + "'");
            }
            if (!current.status().canMoveTo(next)) {
                throw new IllegalStateException("signal " + signalId + " cannot move from " + current.status() + " to " + next);
            }
            moved = current.withStatus(next, reason);
            signals.put(signalId, moved);
            if (next.isTerminal()) {
                unended.remove(signalId);
                forgetOldest(signalId);
            } else {
                unended.put(signalId, moved);
            }
        }
        announce(moved);
        return moved;
    }

    private void forgetOldest(String endedId) {
        ended.addLast(endedId);
        while (ended.size() > ENDED_KEPT) {
            signals.remove(ended.removeFirst());
        }
    }

    /** Expires the open signals of a series whose expiry is at or before {@code now}. */
    public void expireDue(Symbol symbol, Timeframe timeframe, long nowMillis) {
        if (unended.isEmpty()) {
            return;
        }
        for (TradingSignal signal : unended.values()) {
            if (!signal.status().isTerminal() && signal.symbol().equals(symbol) && signal.timeframe() == timeframe
                    && signal.expiry() != null && signal.expiry().toEpochMilli() <= nowMillis) {
                moveQuietly(signal.id(), SignalStatus.EXPIRED, "not executed by its expiry " + signal.expiry());
            }
        }
    }

    /** Cancels the open signals of a profile on a series that point the other way than {@code newer}. */
    void cancelOpposite(TradingSignal newer) {
        for (TradingSignal signal : unended.values()) {
            if (!signal.status().isTerminal() && signal.symbol().equals(newer.symbol())
                    && signal.timeframe() == newer.timeframe() && signal.profile().equals(newer.profile())
                    && signal.direction() != newer.direction()) {
                moveQuietly(signal.id(), SignalStatus.CANCELLED, "superseded by the opposite signal " + newer.id());
            }
        }
    }

    /** A concurrent move (the execution side executing it, say) may win; that is not an error here. */
    private void moveQuietly(String id, SignalStatus next, String reason) {
        try {
            transition(id, next, reason);
        } catch (IllegalStateException e) {
            LOG.debug("Signal {} not moved to {}: {}", id, next, e.getMessage());
        }
    }

    private void announce(TradingSignal signal) {
        store.accept(signal);
        Deque<TradingSignal> queued = pendingAnnouncements.get();
        if (queued != null) {
            queued.addLast(signal);
            return;
        }
        queued = new ArrayDeque<>();
        pendingAnnouncements.set(queued);
        try {
            for (TradingSignal next = signal; next != null; next = queued.pollFirst()) {
                tellListeners(next);
            }
        } finally {
            pendingAnnouncements.remove();
        }
    }

    private void tellListeners(TradingSignal signal) {
        for (TradingSignalListener listener : listeners) {
            try {
                listener.onTradingSignal(signal);
            } catch (RuntimeException e) {
                LOG.warn("Trading signal listener {} failed on {} ({}); skipped", listener.getClass().getName(),
                        signal.id(), signal.status(), e);
            }
        }
    }

    @Override
    public Optional<TradingSignal> find(String signalId) {
        return Optional.ofNullable(signalId == null ? null : signals.get(signalId));
    }

    @Override
    public List<TradingSignal> open() {
        List<TradingSignal> open = new ArrayList<>(unended.values());
        open.sort(Comparator.comparing(TradingSignal::timestamp).reversed().thenComparing(TradingSignal::id));
        return open;
    }

    @Override
    public List<TradingSignal> scan(Collection<Symbol> symbols, Collection<Timeframe> timeframes) {
        List<TradingSignal> found = new ArrayList<>();
        for (Map.Entry<SeriesKey, Supplier<TradingSignal>> e : candidates.entrySet()) {
            SeriesKey key = e.getKey();
            boolean wanted = (symbols == null || symbols.isEmpty() || symbols.contains(key.symbol()))
                    && (timeframes == null || timeframes.isEmpty() || timeframes.contains(key.timeframe()));
            if (wanted) {
                TradingSignal setup = e.getValue().get();
                found.add(signals.getOrDefault(setup.id(), setup));
            }
        }
        found.sort(Comparator.comparingDouble(TradingSignal::confidence).reversed().thenComparing(TradingSignal::id));
        return found;
    }
}

package io.wavegrid.execution.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;
import io.wavegrid.signal.api.TradingSignalListener;

/**
 * The signal book as the engine keeps it, for these tests: transitions follow {@link SignalStatus#canMoveTo} and are
 * told to the listener on the calling thread, in order, as the engine does; each new state is also saved in the
 * signal repository, as the engine's signal store does.
 */
final class TestSignals implements SignalLifecycle {

    private final Map<String, TradingSignal> signals = new ConcurrentHashMap<>();
    private final SignalRepository records;
    final List<String> history = new CopyOnWriteArrayList<>();
    /** Moves the lifecycle refused: an expected situation must never try one. */
    final List<String> refused = new CopyOnWriteArrayList<>();
    volatile TradingSignalListener listener;

    TestSignals(SignalRepository records) {
        this.records = records;
    }

    /** A signal the engine holds from before a restart, not delivered again yet. */
    void restore(TradingSignal signal) {
        signals.put(signal.id(), signal);
    }

    /** A new signal, delivered to the listener as PENDING. */
    void publish(TradingSignal signal) {
        signals.put(signal.id(), signal);
        records.save(signal);
        history.add(signal.id() + " " + signal.status());
        listener.onTradingSignal(signal);
    }

    @Override
    public TradingSignal transition(String signalId, SignalStatus next, String reason) {
        TradingSignal moved;
        synchronized (this) {
            TradingSignal current = signals.get(signalId);
            if (current == null) {
                throw new IllegalArgumentException("no signal " + signalId);
            }
            if (!current.status().canMoveTo(next)) {
                refused.add(signalId + " " + current.status() + " -> " + next + " " + reason);
                throw new IllegalStateException("signal " + signalId + " cannot move from " + current.status() + " to " + next);
            }
            moved = current.withStatus(next, reason);
            signals.put(signalId, moved);
            records.save(moved);
            history.add(signalId + " " + next + " " + reason);
        }
        listener.onTradingSignal(moved);
        return moved;
    }

    /** What the engine does after each bar reached the exchanges and the order manager: expire the signals due. */
    void expireDue(long nowMillis) {
        for (TradingSignal signal : open()) {
            if (signal.expiry() != null && signal.expiry().toEpochMilli() <= nowMillis) {
                try {
                    transition(signal.id(), SignalStatus.EXPIRED, "not executed by its expiry " + signal.expiry());
                } catch (IllegalStateException e) {
                    // Execution ended it meanwhile, as the engine's book allows.
                }
            }
        }
    }

    SignalStatus status(String signalId) {
        return signals.get(signalId).status();
    }

    String reason(String signalId) {
        return signals.get(signalId).reason();
    }

    @Override
    public Optional<TradingSignal> find(String signalId) {
        return Optional.ofNullable(signals.get(signalId));
    }

    @Override
    public List<TradingSignal> open() {
        List<TradingSignal> open = new ArrayList<>();
        signals.values().stream().filter(s -> !s.status().isTerminal()).forEach(open::add);
        return open;
    }

    @Override
    public List<TradingSignal> scan(Collection<Symbol> symbols, Collection<Timeframe> timeframes) {
        return List.of();
    }
}

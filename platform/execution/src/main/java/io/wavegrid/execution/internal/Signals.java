package io.wavegrid.execution.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves signals through their lifecycle on behalf of execution. A move the lifecycle refuses (the signal expired
 * or was cancelled meanwhile, or is unknown after a restart) is logged and reported as false, never thrown into a
 * fill or a candle. Also finds the signal behind a trade key after a restart.
 */
final class Signals {

    private static final Logger LOG = LoggerFactory.getLogger(Signals.class);
    /** How many of a symbol's newest recorded signals are searched for a trade's signal after a restart. */
    static final int RECORDED_LOOKBACK = 1000;

    private final SignalLifecycle lifecycle;
    private final SignalRepository records;
    /** Open signals whose entry was journaled under the trade key of before keys began with the minute. */
    private final Map<String, String> earlierKeys = new ConcurrentHashMap<>();

    /** @param records the signals' durable record; null when none is available */
    Signals(SignalLifecycle lifecycle, SignalRepository records) {
        this.lifecycle = lifecycle;
        this.records = records;
    }

    SignalLifecycle lifecycle() {
        return lifecycle;
    }

    /** The trade key of a signal's orders: the one its entry was journaled under, for a signal open across a key change. */
    String tradeKey(String strategy, String signalId) {
        String earlier = earlierKeys.get(signalId);
        return earlier != null ? earlier : ClientOrderIds.tradeKey(strategy, signalId);
    }

    /**
     * At start: an open signal whose entry the journal holds under the earlier key form keeps that key, so a second
     * delivery finds its entry instead of sending another.
     */
    void keepEarlierKeys(Predicate<String> journaled) {
        try {
            for (TradingSignal signal : lifecycle.open()) {
                if (!ClientOrderIds.keyBeginsWithMinute(signal.id())) {
                    continue;
                }
                String earlier = ClientOrderIds.keyBeforeMinutes(strategy(signal), signal.id());
                if (journaled.test(ClientOrderIds.of(earlier, ClientOrderIds.Role.ENTRY, 0, 1))) {
                    earlierKeys.put(signal.id(), earlier);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Open signals or the journal unavailable at start; trade keys of the earlier form not looked up: {}",
                    e.toString());
        }
    }

    boolean move(String signalId, SignalStatus next, String reason) {
        try {
            lifecycle.transition(signalId, next, reason == null || reason.isBlank() ? next.name().toLowerCase() : reason);
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (ended(signalId)) {
                // Expected: it expired or was cancelled meanwhile, and its trade follows that end.
                LOG.debug("Signal {} not moved to {}: {}", signalId, next, e.getMessage());
            } else {
                LOG.info("Signal {} not moved to {}: {}", signalId, next, e.getMessage());
            }
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Signal lifecycle failed moving {} to {}", signalId, next, e);
            return false;
        }
    }

    private boolean ended(String signalId) {
        try {
            return lifecycle.find(signalId).map(signal -> signal.status().isTerminal()).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The signal whose trade key is {@code key}: among the engine's open signals first, then among the symbol's
     * newest recorded ones (a filled entry's signal is EXECUTED, so no longer open). Empty when neither has it.
     */
    Optional<TradingSignal> byTradeKey(String key, Symbol symbol) {
        try {
            for (TradingSignal signal : lifecycle.open()) {
                if (hasKey(signal, key)) {
                    return Optional.of(signal);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Open signals unavailable looking for trade {}: {}", key, e.toString());
        }
        if (records == null) {
            return Optional.empty();
        }
        try {
            for (TradingSignal signal : records.recent(symbol, RECORDED_LOOKBACK)) {
                if (hasKey(signal, key)) {
                    return Optional.of(signal);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Recorded signals of {} unavailable looking for trade {}: {}", symbol, key, e.toString());
        }
        return Optional.empty();
    }

    /** Whether a durable record of signals is there to search. */
    boolean recorded() {
        return records != null;
    }

    static String strategy(TradingSignal signal) {
        return signal.profile() == null || signal.profile().isBlank() ? SignalIntake.DEFAULT_STRATEGY : signal.profile();
    }

    /** Whether the trade key is the signal's, in either form (trades journaled before keys began with the minute). */
    private static boolean hasKey(TradingSignal signal, String key) {
        return ClientOrderIds.isTradeKeyOf(key, strategy(signal), signal.id());
    }
}

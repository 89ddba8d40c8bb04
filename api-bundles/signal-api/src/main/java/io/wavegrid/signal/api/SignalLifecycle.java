package io.wavegrid.signal.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.osgi.annotation.versioning.ProviderType;

/** The signal engine's book of trading signals: their lifecycle, and on-demand scans. */
@ProviderType
public interface SignalLifecycle {

    /**
     * Moves a signal to {@code next} and tells every {@link TradingSignalListener}.
     *
     * @param reason why (required for REJECTED and CANCELLED)
     * @return the signal in its new state
     * @throws IllegalArgumentException when no signal has this id, or a REJECTED/CANCELLED move has no reason
     * @throws IllegalStateException    when the move is not allowed from the signal's state; nothing changes
     */
    TradingSignal transition(String signalId, SignalStatus next, String reason);

    Optional<TradingSignal> find(String signalId);

    /** Signals that are PENDING or ACTIVE, newest first. */
    List<TradingSignal> open();

    /**
     * The current signal of every active profile on the given series, ranked by confidence, highest first.
     * A series with no setup on its last closed bar contributes nothing. Empty collections mean all series the
     * engine holds.
     */
    List<TradingSignal> scan(Collection<Symbol> symbols, Collection<Timeframe> timeframes);
}

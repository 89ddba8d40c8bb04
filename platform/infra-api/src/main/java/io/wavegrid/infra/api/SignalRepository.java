package io.wavegrid.infra.api;

import java.util.List;
import java.util.Optional;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.signal.api.TradingSignal;

import org.osgi.annotation.versioning.ProviderType;

/** Trading signals and their lifecycle. */
@ProviderType
public interface SignalRepository {

    /** Stores a new signal or the new status of a stored one (same id). */
    void save(TradingSignal signal);

    Optional<TradingSignal> find(String id);

    /** The newest signals of a symbol, newest first. */
    List<TradingSignal> recent(Symbol symbol, int limit);
}

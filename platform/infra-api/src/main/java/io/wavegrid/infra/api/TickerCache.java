package io.wavegrid.infra.api;

import java.time.Duration;
import java.util.Optional;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;

import org.osgi.annotation.versioning.ProviderType;

/** The latest ticker of every symbol, shared between nodes when Redis is configured. */
@ProviderType
public interface TickerCache {

    /** Stores the ticker unless a newer one (by {@link Ticker#time()}) is already there. */
    void put(Ticker ticker, Duration ttl);

    Optional<Ticker> latest(Symbol symbol);
}

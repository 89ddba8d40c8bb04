package io.wavegrid.infra.memory.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.wavegrid.infra.api.TickerCache;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;

import org.osgi.service.component.annotations.Component;

/** Process-local {@link TickerCache}; also the fallback of the Redis cache while Redis is down. */
@Component(service = TickerCache.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryTickerCache implements TickerCache {

    private final ExpiringMap<Ticker> tickers;

    public MemoryTickerCache() {
        this(Clock.systemUTC());
    }

    MemoryTickerCache(Clock clock) {
        this.tickers = new ExpiringMap<>(clock);
    }

    @Override
    public void put(Ticker ticker, Duration ttl) {
        tickers.merge(ticker.symbol().code(), ticker, ttl, (old, fresh) -> fresh.time().isBefore(old.time()) ? old : fresh);
    }

    @Override
    public Optional<Ticker> latest(Symbol symbol) {
        return tickers.get(symbol.code());
    }
}

package io.wavegrid.infra.memory.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.wavegrid.infra.api.KeyValueCache;

import org.osgi.service.component.annotations.Component;

/** Process-local {@link KeyValueCache}; also the fallback of the Redis cache while Redis is down. */
@Component(service = KeyValueCache.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryKeyValueCache implements KeyValueCache {

    private final ExpiringMap<String> values;

    public MemoryKeyValueCache() {
        this(Clock.systemUTC());
    }

    MemoryKeyValueCache(Clock clock) {
        this.values = new ExpiringMap<>(clock);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        values.put(key, value, ttl);
    }

    @Override
    public Optional<String> get(String key) {
        return values.get(key);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}

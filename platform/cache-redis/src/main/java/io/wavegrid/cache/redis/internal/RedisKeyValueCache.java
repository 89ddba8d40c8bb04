package io.wavegrid.cache.redis.internal;

import java.time.Duration;
import java.util.Optional;

import io.lettuce.core.SetArgs;
import io.wavegrid.infra.api.KeyValueCache;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link KeyValueCache} in Redis ({@code SET ... PX}); the in-memory cache serves while Redis is down. */
@Component(service = KeyValueCache.class, property = "infra.backend=redis")
public class RedisKeyValueCache implements KeyValueCache {

    private final RedisGateway redis;
    private final KeyValueCache fallback;

    @Activate
    public RedisKeyValueCache(@Reference RedisGateway redis, @Reference(target = "(infra.backend=memory)") KeyValueCache fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        if (ttl == null || ttl.toMillis() <= 0) {
            throw new IllegalArgumentException("cache time-to-live must be at least 1 ms, got " + ttl + " for key " + key);
        }
        redis.call("SET " + key, r -> r.set(redis.key(key), value, SetArgs.Builder.px(ttl.toMillis())), () -> {
            fallback.put(key, value, ttl);
            return null;
        });
    }

    @Override
    public Optional<String> get(String key) {
        return redis.call("GET " + key, r -> Optional.ofNullable(r.get(redis.key(key))), () -> fallback.get(key));
    }

    @Override
    public void remove(String key) {
        fallback.remove(key);
        redis.call("DEL " + key, r -> r.del(redis.key(key)), () -> 0L);
    }
}

package io.wavegrid.cache.redis.internal;

import java.time.Duration;

import io.lettuce.core.ScriptOutputType;
import io.wavegrid.infra.api.RateLimitCounter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Fixed-window counters shared by all nodes ({@code INCR} + {@code PEXPIRE} on the window's first hit). */
@Component(service = RateLimitCounter.class, property = "infra.backend=redis")
public class RedisRateLimitCounter implements RateLimitCounter {

    private static final String HIT = """
            local hits = redis.call('INCR', KEYS[1])
            if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return hits""";

    private final RedisGateway redis;
    private final RateLimitCounter fallback;

    @Activate
    public RedisRateLimitCounter(@Reference RedisGateway redis, @Reference(target = "(infra.backend=memory)") RateLimitCounter fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    @Override
    public long hit(String key, Duration window) {
        if (window == null || window.toMillis() <= 0) {
            throw new IllegalArgumentException("rate-limit window must be at least 1 ms, got " + window);
        }
        Long hits = redis.call("rate " + key, r -> r.eval(HIT, ScriptOutputType.INTEGER, new String[] {redis.key("rate:" + key)},
                Long.toString(window.toMillis())), () -> fallback.hit(key, window));
        return hits;
    }
}

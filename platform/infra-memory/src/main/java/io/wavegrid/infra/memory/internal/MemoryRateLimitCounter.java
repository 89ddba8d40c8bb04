package io.wavegrid.infra.memory.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.infra.api.RateLimitCounter;

import org.osgi.service.component.annotations.Component;

/** Fixed-window counters within one process; also the fallback of the Redis counter while Redis is down. */
@Component(service = RateLimitCounter.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryRateLimitCounter implements RateLimitCounter {

    private record Window(long startMillis, long lengthMillis, long hits) {

        boolean over(long now) {
            return now - startMillis >= lengthMillis;
        }
    }

    private static final int SWEEP_ABOVE = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemoryRateLimitCounter() {
        this(Clock.systemUTC());
    }

    MemoryRateLimitCounter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long hit(String key, Duration window) {
        if (window == null || window.toMillis() <= 0) {
            throw new IllegalArgumentException("rate-limit window must be at least 1 ms, got " + window);
        }
        long now = clock.millis();
        long length = window.toMillis();
        Window w = windows.compute(key, (k, current) ->
                current == null || current.over(now) ? new Window(now, length, 1) : new Window(current.startMillis, length, current.hits + 1));
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(old -> old.over(now));
        }
        return w.hits;
    }
}

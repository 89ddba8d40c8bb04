package io.wavegrid.infra.memory.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;

/** A concurrent map whose entries vanish after their time-to-live; expired entries are swept as the map grows. */
final class ExpiringMap<V> {

    private record Entry<V>(V value, long expiresAtMillis) {
    }

    private static final int SWEEP_EVERY = 4_096;

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicInteger writesSinceSweep = new AtomicInteger();

    ExpiringMap(Clock clock) {
        this.clock = clock;
    }

    void put(String key, V value, Duration ttl) {
        merge(key, value, ttl, (old, fresh) -> fresh);
    }

    /** Stores {@code value}, or what {@code keep} makes of the live old value and the new one. */
    void merge(String key, V value, Duration ttl, BinaryOperator<V> keep) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("cache key and value must not be null");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("cache time-to-live must be positive, got " + ttl + " for key " + key);
        }
        long now = clock.millis();
        Entry<V> fresh = new Entry<>(value, now + ttl.toMillis());
        entries.merge(key, fresh, (old, neu) -> {
            if (old.expiresAtMillis <= now) {
                return neu;
            }
            V kept = keep.apply(old.value, neu.value);
            return kept == old.value ? old : neu;
        });
        sweepSometimes(now);
    }

    Optional<V> get(String key) {
        Entry<V> e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.expiresAtMillis <= clock.millis()) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.value);
    }

    void remove(String key) {
        entries.remove(key);
    }

    private void sweepSometimes(long now) {
        if (writesSinceSweep.incrementAndGet() % SWEEP_EVERY == 0) {
            entries.values().removeIf(e -> e.expiresAtMillis <= now);
        }
    }
}

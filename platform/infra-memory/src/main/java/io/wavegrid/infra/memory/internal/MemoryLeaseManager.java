package io.wavegrid.infra.memory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.infra.api.Lease;
import io.wavegrid.infra.api.LeaseManager;

import org.osgi.service.component.annotations.Component;

/** Leases within one process: enough for a single node, which is the embedded default. */
@Component(service = LeaseManager.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryLeaseManager implements LeaseManager {

    private record Holder(String owner, Instant validUntil) {
    }

    private final Map<String, Holder> holders = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemoryLeaseManager() {
        this(Clock.systemUTC());
    }

    MemoryLeaseManager(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Lease> tryAcquire(String name, String owner, Duration ttl) {
        checkTtl(ttl);
        Instant now = clock.instant();
        Holder mine = new Holder(owner, now.plus(ttl));
        Holder result = holders.compute(name, (n, current) ->
                current == null || !current.validUntil.isAfter(now) || current.owner.equals(owner) ? mine : current);
        return result == mine ? Optional.of(new MemoryLease(name, owner, ttl, mine.validUntil)) : Optional.empty();
    }

    static void checkTtl(Duration ttl) {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("lease time-to-live must be positive, got " + ttl);
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private final class MemoryLease implements Lease {

        private final String name;
        private final String owner;
        private final Duration ttl;
        private volatile Instant validUntil;

        MemoryLease(String name, String owner, Duration ttl, Instant validUntil) {
            this.name = name;
            this.owner = owner;
            this.ttl = ttl;
            this.validUntil = validUntil;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String owner() {
            return owner;
        }

        @Override
        public Instant validUntil() {
            return validUntil;
        }

        @Override
        public boolean isValid() {
            return clock.instant().isBefore(validUntil);
        }

        @Override
        public boolean renew() {
            Instant now = clock.instant();
            Holder renewed = new Holder(owner, now.plus(ttl));
            Holder result = holders.computeIfPresent(name, (n, current) ->
                    current.owner.equals(owner) && current.validUntil.isAfter(now) ? renewed : current);
            if (result == renewed) {
                validUntil = renewed.validUntil;
                return true;
            }
            validUntil = earlier(validUntil, now);
            return false;
        }

        @Override
        public void close() {
            holders.computeIfPresent(name, (n, current) -> current.owner.equals(owner) ? null : current);
            validUntil = earlier(validUntil, clock.instant());
        }
    }
}

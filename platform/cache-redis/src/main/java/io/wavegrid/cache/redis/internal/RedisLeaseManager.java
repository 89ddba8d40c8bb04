package io.wavegrid.cache.redis.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.lettuce.core.ScriptOutputType;
import io.wavegrid.infra.api.Lease;
import io.wavegrid.infra.api.LeaseManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Leases shared by all nodes. There is deliberately no in-memory fallback: while Redis is unreachable no lease
 * is granted or renewed, and a holder keeps acting only until its {@link Lease#validUntil()}, which it
 * computed before asking Redis, so it stops no later than another node could take over.
 */
@Component(service = LeaseManager.class, property = "infra.backend=redis")
public class RedisLeaseManager implements LeaseManager {

    /** Grants the lease when free or already ours (a holder re-acquiring after an outage). */
    private static final String ACQUIRE = """
            local holder = redis.call('GET', KEYS[1])
            if holder == false or holder == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            return 0""";
    private static final String RENEW = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0""";
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";

    private final RedisGateway redis;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public RedisLeaseManager(@Reference RedisGateway redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Lease> tryAcquire(String name, String owner, Duration ttl) {
        if (ttl == null || ttl.toMillis() <= 0) {
            throw new IllegalArgumentException("lease time-to-live must be at least 1 ms, got " + ttl);
        }
        Instant validUntil = clock.instant().plus(ttl);
        boolean granted = script("acquire lease " + name, ACQUIRE, name, owner, ttl);
        return granted ? Optional.of(new RedisLease(name, owner, ttl, validUntil)) : Optional.empty();
    }

    private boolean script(String what, String script, String name, String owner, Duration ttl) {
        Long result = redis.call(what, r -> r.eval(script, ScriptOutputType.INTEGER, new String[] {redis.key("lease:" + name)},
                owner, Long.toString(ttl.toMillis())), () -> 0L);
        return result != null && result == 1L;
    }

    private final class RedisLease implements Lease {

        private final String name;
        private final String owner;
        private final Duration ttl;
        private volatile Instant validUntil;

        RedisLease(String name, String owner, Duration ttl, Instant validUntil) {
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
            if (!now.isBefore(validUntil)) {
                return false;
            }
            Instant next = now.plus(ttl);
            if (script("renew lease " + name, RENEW, name, owner, ttl)) {
                validUntil = next;
                return true;
            }
            return false;
        }

        @Override
        public void close() {
            script("release lease " + name, RELEASE, name, owner, ttl);
            validUntil = clock.instant().isBefore(validUntil) ? clock.instant() : validUntil;
        }
    }
}

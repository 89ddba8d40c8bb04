package io.wavegrid.cache.redis.internal;

import static io.wavegrid.infra.api.contract.Fixtures.eventually;

import io.wavegrid.infra.api.HealthStatus.State;
import io.wavegrid.infra.api.KeyValueCache;
import io.wavegrid.infra.api.LeaseManager;
import io.wavegrid.infra.api.RateLimitCounter;
import io.wavegrid.infra.api.TickerCache;
import io.wavegrid.infra.api.contract.KeyValueCacheContract;
import io.wavegrid.infra.api.contract.LeaseContract;
import io.wavegrid.infra.memory.internal.MemoryKeyValueCache;
import io.wavegrid.infra.memory.internal.MemoryRateLimitCounter;
import io.wavegrid.infra.memory.internal.MemoryTickerCache;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** The Redis implementations against the shared contracts, on the real Redis, each test under its own key prefix. */
class RedisContractsTest {

    private TestRedis redis;
    private RedisGateway gateway;

    @BeforeEach
    void connect() {
        redis = new TestRedis();
        gateway = redis.gateway(TestRedis.PORT);
        eventually(() -> gateway.check().state() == State.UP, 5_000, "Redis on 127.0.0.1:6379 (start it as ARCHITECTURE.md §5 says)");
    }

    @AfterEach
    void disconnect() {
        gateway.close();
        redis.close();
    }

    @Nested
    class Cache extends KeyValueCacheContract {
        @Override
        protected KeyValueCache cache() {
            return new RedisKeyValueCache(gateway, new MemoryKeyValueCache());
        }

        @Override
        protected TickerCache tickers() {
            return new RedisTickerCache(gateway, new MemoryTickerCache());
        }
    }

    @Nested
    class Leases extends LeaseContract {
        private LeaseManager leases;
        private RateLimitCounter counter;

        @Override
        protected LeaseManager leases() {
            if (leases == null) {
                leases = new RedisLeaseManager(gateway);
            }
            return leases;
        }

        @Override
        protected RateLimitCounter counter() {
            if (counter == null) {
                counter = new RedisRateLimitCounter(gateway, new MemoryRateLimitCounter());
            }
            return counter;
        }
    }
}

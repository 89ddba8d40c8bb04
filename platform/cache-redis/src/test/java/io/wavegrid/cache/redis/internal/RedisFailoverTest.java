package io.wavegrid.cache.redis.internal;

import static io.wavegrid.infra.api.contract.Fixtures.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import io.wavegrid.infra.api.HealthStatus.State;
import io.wavegrid.infra.api.Lease;
import io.wavegrid.infra.api.testing.TcpFaultProxy;
import io.wavegrid.infra.memory.internal.MemoryKeyValueCache;
import io.wavegrid.infra.memory.internal.MemoryRateLimitCounter;

import org.junit.jupiter.api.Test;

/**
 * Redis behind a loopback proxy that cuts or stalls the connection: the cache keeps answering from memory
 * (health DEGRADED), and once the proxy forwards again the client reconnects by itself and writes reach
 * Redis again (health UP).
 */
class RedisFailoverTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aCutConnectionFallsBackToMemoryAndReconnectsByItself() throws Exception {
        try (TestRedis redis = new TestRedis(); TcpFaultProxy proxy = new TcpFaultProxy(TestRedis.HOST, TestRedis.PORT)) {
            RedisGateway gateway = redis.gateway(proxy.port());
            try {
                RedisKeyValueCache cache = new RedisKeyValueCache(gateway, new MemoryKeyValueCache());
                eventually(() -> gateway.check().state() == State.UP, 5_000, "the first connection");
                cache.put("before", "1", MINUTE);
                assertEquals("1", redis.direct().get(redis.prefix + "before"));
                assertEquals(0.0, reading(gateway, "wavegrid_fallback_active"));
                assertEquals(0.0, reading(gateway, "wavegrid_health_degradations_total"));

                proxy.cut();
                eventually(() -> {
                    cache.put("during", "2", MINUTE);
                    return gateway.check().state() == State.DEGRADED;
                }, 5_000, "the outage to be noticed");
                assertEquals(Optional.of("2"), cache.get("during"), "served from memory during the outage");
                assertNull(redis.direct().get(redis.prefix + "during"));
                assertEquals(1.0, reading(gateway, "wavegrid_fallback_active"), "the metric shows memory serving");
                cache.put("during-2", "2", MINUTE);
                assertEquals(1.0, reading(gateway, "wavegrid_health_degradations_total"), "one outage, counted once");

                proxy.restore();
                eventually(() -> {
                    cache.put("after", "3", MINUTE);
                    return redis.direct().get(redis.prefix + "after") != null;
                }, 10_000, "writes to reach Redis again");
                assertEquals(State.UP, gateway.check().state());
                assertEquals(Optional.of("1"), cache.get("before"), "what Redis held before the outage is still there");
                assertEquals(0.0, reading(gateway, "wavegrid_fallback_active"));
                assertEquals(1.0, reading(gateway, "wavegrid_health_degradations_total"));
            } finally {
                gateway.close();
            }
        }
    }

    @Test
    void aStalledConnectionTimesOutToMemoryWithoutBlockingTheCaller() throws Exception {
        try (TestRedis redis = new TestRedis(); TcpFaultProxy proxy = new TcpFaultProxy(TestRedis.HOST, TestRedis.PORT)) {
            RedisGateway gateway = redis.gateway(proxy.port());
            try {
                RedisRateLimitCounter counter = new RedisRateLimitCounter(gateway, new MemoryRateLimitCounter());
                eventually(() -> gateway.check().state() == State.UP, 5_000, "the first connection");
                assertEquals(1, counter.hit("k", MINUTE));

                proxy.stall();
                long start = System.nanoTime();
                long hits = counter.hit("k", MINUTE);
                long tookMillis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(1, hits, "the memory counter starts its own window");
                assertTrue(tookMillis < 5_000, "a stalled Redis must cost at most the command timeout, took " + tookMillis + " ms");
                assertEquals(State.DEGRADED, gateway.check().state());

                proxy.restore();
                eventually(() -> {
                    counter.hit("k", MINUTE);
                    return gateway.check().state() == State.UP;
                }, 10_000, "counting on Redis again");
                assertTrue(Long.parseLong(redis.direct().get(redis.prefix + "rate:k")) >= 2, "hits after the stall counted in Redis");
            } finally {
                gateway.close();
            }
        }
    }

    @Test
    void aLeaseIsNeitherGrantedNorRenewedWhileRedisIsUnreachable() throws Exception {
        try (TestRedis redis = new TestRedis(); TcpFaultProxy proxy = new TcpFaultProxy(TestRedis.HOST, TestRedis.PORT)) {
            RedisGateway gateway = redis.gateway(proxy.port());
            try {
                RedisLeaseManager leases = new RedisLeaseManager(gateway);
                eventually(() -> gateway.check().state() == State.UP, 5_000, "the first connection");
                Lease held = leases.tryAcquire("order-manager:paper", "node-a", Duration.ofSeconds(30)).orElseThrow();

                proxy.cut();
                eventually(() -> !held.renew(), 5_000, "renewal to fail");
                assertTrue(leases.tryAcquire("order-manager:other", "node-a", Duration.ofSeconds(30)).isEmpty());

                proxy.restore();
                eventually(() -> leases.tryAcquire("order-manager:paper", "node-a", Duration.ofSeconds(30)).isPresent(), 10_000,
                        "the holder to re-acquire its own lease");
                assertTrue(leases.tryAcquire("order-manager:paper", "node-b", Duration.ofSeconds(30)).isEmpty());
            } finally {
                gateway.close();
            }
        }
    }

    @Test
    void startingWhileRedisIsDownServesFromMemoryUntilItComes() throws Exception {
        try (TestRedis redis = new TestRedis(); TcpFaultProxy proxy = new TcpFaultProxy(TestRedis.HOST, TestRedis.PORT)) {
            proxy.cut();
            RedisGateway gateway = redis.gateway(proxy.port());
            try {
                RedisKeyValueCache cache = new RedisKeyValueCache(gateway, new MemoryKeyValueCache());
                cache.put("early", "1", MINUTE);
                assertEquals(Optional.of("1"), cache.get("early"));
                assertEquals(State.DEGRADED, gateway.check().state());

                proxy.restore();
                eventually(() -> gateway.check().state() == State.UP, 10_000, "the delayed first connection");
                cache.put("late", "2", MINUTE);
                assertEquals("2", redis.direct().get(redis.prefix + "late"));
            } finally {
                gateway.close();
            }
        }
    }

    private static double reading(RedisGateway gateway, String name) {
        return gateway.readings().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().value();
    }
}

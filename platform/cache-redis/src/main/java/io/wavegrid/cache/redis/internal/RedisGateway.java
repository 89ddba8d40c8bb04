package io.wavegrid.cache.redis.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import io.wavegrid.infra.api.HealthCheck;
import io.wavegrid.infra.api.HealthStatus;
import io.wavegrid.infra.api.HealthStatus.State;
import io.wavegrid.infra.api.MetricReading;
import io.wavegrid.infra.api.MetricSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Redis connection of the node, active only when {@value #PID} is configured. Every Redis-backed
 * service calls through {@link #call}: while Redis is unreachable (not connected yet, disconnected, or a
 * command timed out) the call runs its fallback instead, the node keeps working and the health check says
 * DEGRADED; Lettuce reconnects by itself and the next call after {@code retryAfterMillis} uses Redis again.
 */
@Component(service = {RedisGateway.class, HealthCheck.class, MetricSource.class}, configurationPid = RedisGateway.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RedisConfig.class)
public class RedisGateway implements HealthCheck, MetricSource {

    static final String PID = "io.wavegrid.cache.redis";

    private static final Logger LOG = LoggerFactory.getLogger(RedisGateway.class);

    private final ClientResources resources;
    private final RedisClient client;
    private final String keyPrefix;
    private final long retryAfterNanos;
    private final ScheduledExecutorService connector;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile long skipUntilNanos;
    private volatile HealthStatus status;
    private boolean inOutage;
    private final AtomicLong outages = new AtomicLong();

    @Activate
    public RedisGateway(RedisConfig config) {
        this(config.uri(), config.keyPrefix(), Duration.ofMillis(config.commandTimeoutMillis()), Duration.ofMillis(config.retryAfterMillis()));
    }

    RedisGateway(String uri, String keyPrefix, Duration commandTimeout, Duration retryAfter) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(commandTimeout);
        // reconnect quickly: Lettuce's default backs off to 30 s, far too long to serve from memory
        this.resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, redisUri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout.multipliedBy(4)).keepAlive(true).build())
                .build());
        this.keyPrefix = keyPrefix;
        this.retryAfterNanos = retryAfter.toNanos();
        this.status = new HealthStatus(State.DEGRADED, "connecting to Redis at " + redisUri.getHost() + ":" + redisUri.getPort(), Instant.now());
        this.connector = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wavegrid-redis-connect");
            t.setDaemon(true);
            return t;
        });
        connector.execute(this::connect);
    }

    /** The first connection; once it exists Lettuce keeps it alive and reconnects by itself. */
    private void connect() {
        try {
            connection = client.connect();
            recovered();
        } catch (RedisException e) {
            degraded("cannot connect: " + e.getMessage());
            connector.schedule(this::connect, 2, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void close() {
        connector.shutdownNow();
        StatefulRedisConnection<String, String> c = connection;
        if (c != null) {
            c.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    String key(String name) {
        return keyPrefix + name;
    }

    /** Runs {@code command} on Redis, or {@code fallback} while Redis is unreachable. */
    <T> T call(String what, Function<RedisCommands<String, String>, T> command, Supplier<T> fallback) {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null || !c.isOpen() || System.nanoTime() < skipUntilNanos) {
            return fallback.get();
        }
        try {
            T result = command.apply(c.sync());
            if (status.state() != State.UP) {
                recovered();
            }
            return result;
        } catch (RedisException e) {
            skipUntilNanos = System.nanoTime() + retryAfterNanos;
            degraded(what + " failed: " + e.getMessage());
            return fallback.get();
        }
    }

    /** Logs and records the first failure of an outage; later failures of the same outage stay quiet. */
    private synchronized void degraded(String why) {
        if (!inOutage) {
            inOutage = true;
            outages.incrementAndGet();
            LOG.warn("Redis unreachable ({}): serving from memory until it returns", why);
            status = new HealthStatus(State.DEGRADED, "Redis unreachable, serving from memory: " + why, Instant.now());
        }
    }

    private synchronized void recovered() {
        inOutage = false;
        if (status.state() != State.UP) {
            LOG.info("Redis reachable: shared cache, leases and counters back on Redis");
            status = new HealthStatus(State.UP, "connected", Instant.now());
        }
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public HealthStatus check() {
        StatefulRedisConnection<String, String> c = connection;
        if (c != null && !c.isOpen() && status.state() == State.UP) {
            degraded("disconnected, reconnecting");
        }
        return status;
    }

    @Override
    public List<MetricReading> readings() {
        boolean fallback = check().state() != State.UP;
        return List.of(
                MetricReading.gauge("wavegrid_fallback_active", "1 while the backend is unreachable and memory serves in its place",
                        fallback ? 1 : 0, "backend", "redis"),
                MetricReading.counter("wavegrid_health_degradations_total", "Times the check left UP since the service started",
                        outages.get(), "check", "redis"));
    }
}

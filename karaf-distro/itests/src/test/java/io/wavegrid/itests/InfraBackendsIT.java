package io.wavegrid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import io.wavegrid.infra.api.BusMessage;
import io.wavegrid.infra.api.EventBus;
import io.wavegrid.infra.api.HealthCheck;
import io.wavegrid.infra.api.HealthStatus;
import io.wavegrid.infra.api.TickerCache;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The pre-packed Redis and RabbitMQ features in the real distribution, against the loopback Redis (own key
 * prefix) and RabbitMQ (own vhost): once configured their services outrank the in-memory defaults and really
 * use the servers, which /metrics shows; once the configuration is removed the platform is back on memory.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InfraBackendsIT {

    private static final long WAIT_MS = 60_000;
    private static final String REDIS_PID = "io.wavegrid.cache.redis";
    private static final String RABBIT_PID = "io.wavegrid.bus.rabbitmq";

    @Inject
    private BootFinished bootFinished;
    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return WavegridDistribution.options();
    }

    @Before
    public void installFeatures() throws Exception {
        for (String feature : List.of("wavegrid-cache-redis", "wavegrid-bus-rabbitmq")) {
            if (!features.isInstalled(features.getFeature(feature))) {
                features.installFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
            }
        }
    }

    @Test
    public void aConfiguredRedisHoldsTheTickersAndRemovingItFallsBackToMemory() throws Exception {
        assertEquals("without configuration the memory ticker cache serves", "memory", bestBackend(TickerCache.class));
        String prefix = "wg-it:" + UUID.randomUUID() + ":";
        try (RedisWire redis = new RedisWire("127.0.0.1", 6379)) {
            try {
                update(REDIS_PID, "uri", "redis://127.0.0.1:6379/0", "keyPrefix", prefix);
                Await.until("the Redis ticker cache to outrank memory", WAIT_MS, () -> "redis".equals(bestBackend(TickerCache.class)));
                Ticker ticker = new Ticker(Symbol.parse("BTC/USDT"), new BigDecimal("64000.10"), new BigDecimal("64000.20"),
                        new BigDecimal("64000.15"), new BigDecimal("1234.5"), Instant.parse("2026-01-02T03:04:05.123456789Z"));
                try (Held<TickerCache> cache = Held.best(context, TickerCache.class)) {
                    assertEquals("redis", cache.property("infra.backend"));
                    Await.until("Redis health UP", WAIT_MS, () -> health("redis").map(h -> h.state() == HealthStatus.State.UP).orElse(false));
                    cache.get().put(ticker, Duration.ofMinutes(5));
                    String stored = redis.get(prefix + "ticker:BTCUSDT");
                    assertTrue("the ticker is in Redis under the configured prefix: " + stored,
                            stored != null && stored.endsWith("|64000.10|64000.20|64000.15|1234.5"));
                    assertEquals(Optional.of(ticker), cache.get().latest(ticker.symbol()));
                    String metrics = metrics();
                    assertTrue(metrics, metrics.contains("wavegrid_health_status{check=\"redis\",state=\"up\"} 1\n"));
                    assertTrue(metrics, metrics.contains("wavegrid_fallback_active{backend=\"redis\"} 0\n"));
                    assertTrue(metrics, metrics.contains("wavegrid_health_degradations_total{check=\"redis\"} 0\n"));
                }

                delete(REDIS_PID);
                Await.until("the memory ticker cache to serve again", WAIT_MS, () -> "memory".equals(bestBackend(TickerCache.class)));
                assertTrue("no Redis health check without configuration", health("redis").isEmpty());
                Ticker eth = new Ticker(Symbol.parse("ETH/USDT"), null, null, new BigDecimal("3000"), null, Instant.now());
                try (Held<TickerCache> cache = Held.best(context, TickerCache.class)) {
                    cache.get().put(eth, Duration.ofMinutes(5));
                    assertEquals(Optional.of(eth), cache.get().latest(eth.symbol()));
                }
                assertNull("after the fallback nothing goes to Redis", redis.get(prefix + "ticker:ETHUSDT"));
                assertFalse("no Redis metrics without configuration", metrics().contains("redis"));
            } finally {
                delete(REDIS_PID);
                redis.delete(redis.keys(prefix));
            }
        }
    }

    @Test
    public void aConfiguredRabbitMqCarriesTheEventsAndRemovingItFallsBackToTheInProcessBus() throws Exception {
        assertEquals("without configuration the in-process bus serves", "memory", bestBackend(EventBus.class));
        File outbox = new File(System.getProperty("karaf.data"), "wg-it-outbox-" + UUID.randomUUID());
        try (RabbitVhost vhost = new RabbitVhost()) {
            try {
                update(RABBIT_PID, "uri", vhost.uri(), "outboxDirectory", outbox.getPath());
                Await.until("the RabbitMQ bus to outrank memory", WAIT_MS, () -> "rabbitmq".equals(bestBackend(EventBus.class)));
                try (RabbitFollower follower = new RabbitFollower(vhost.uri(), "wavegrid.ticker", "ticker.#")) {
                    try (Held<EventBus> bus = Held.best(context, EventBus.class)) {
                        assertEquals("rabbitmq", bus.property("infra.backend"));
                        bus.get().publish(new BusMessage("ticker.BTCUSDT", "{\"last\":\"64000.15\"}", Instant.now()));
                        assertEquals("ticker.BTCUSDT ticker.BTCUSDT {\"last\":\"64000.15\"}", follower.next(30, TimeUnit.SECONDS));
                        Await.until("RabbitMQ health UP", WAIT_MS,
                                () -> health("rabbitmq").map(h -> h.state() == HealthStatus.State.UP).orElse(false));
                        Await.until("the outbox empty", WAIT_MS, () -> metrics().contains("wavegrid_outbox_events{backend=\"rabbitmq\"} 0\n"));
                        String metrics = metrics();
                        assertTrue(metrics, metrics.contains("wavegrid_health_status{check=\"rabbitmq\",state=\"up\"} 1\n"));
                        assertTrue(metrics, metrics.contains("wavegrid_fallback_active{backend=\"rabbitmq\"} 0\n"));
                        assertTrue(metrics, metrics.contains("wavegrid_outbox_capacity{backend=\"rabbitmq\"} 100000\n"));
                    }

                    delete(RABBIT_PID);
                    Await.until("the in-process bus to serve again", WAIT_MS, () -> "memory".equals(bestBackend(EventBus.class)));
                    BlockingQueue<BusMessage> inProcess = new LinkedBlockingQueue<>();
                    try (Held<EventBus> bus = Held.best(context, EventBus.class); AutoCloseable subscription = bus.get().subscribe("ticker.#", inProcess::add)) {
                        bus.get().publish(new BusMessage("ticker.ETHUSDT", "{\"last\":\"3000\"}", Instant.now()));
                        BusMessage delivered = inProcess.poll(30, TimeUnit.SECONDS);
                        assertEquals("{\"last\":\"3000\"}", delivered == null ? null : delivered.payload());
                    }
                    assertEquals("the broker saw nothing after the fallback", "[]", follower.pending());
                }
            } finally {
                delete(RABBIT_PID);
            }
        }
    }

    /** The engine's counters are served at /metrics with the rest of the distribution, no configuration needed. */
    @Test
    public void metricsAreServedInThePrometheusTextFormat() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metricsUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType, contentType.startsWith("text/plain") && contentType.contains("version=0.0.4"));
        String body = response.body();
        assertTrue(body, body.contains("# TYPE wavegrid_engine_candles_processed_total counter\nwavegrid_engine_candles_processed_total "));
        assertTrue(body, body.contains("# TYPE wavegrid_engine_candles_duplicate_total counter\nwavegrid_engine_candles_duplicate_total "));
        assertTrue(body, body.contains("wavegrid_engine_running 1\n"));
    }

    private static URI metricsUri() {
        return URI.create("http://127.0.0.1:" + System.getProperty("wavegrid.itest.httpPort") + "/metrics");
    }

    private static String metrics() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metricsUri()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void update(String pid, String... keyValues) throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        configAdmin.getConfiguration(pid, "?").update(properties);
    }

    private void delete(String pid) throws Exception {
        org.osgi.service.cm.Configuration[] existing = configAdmin.listConfigurations("(service.pid=" + pid + ")");
        if (existing != null) {
            for (org.osgi.service.cm.Configuration c : existing) {
                c.delete();
            }
        }
    }

    /** {@code infra.backend} of the service a plain {@code @Reference} would get: the highest ranked. */
    private String bestBackend(Class<?> type) {
        ServiceReference<?> best = context.getServiceReference(type);
        return best == null ? null : (String) best.getProperty("infra.backend");
    }

    private Optional<HealthStatus> health(String name) {
        try {
            for (ServiceReference<HealthCheck> ref : context.getServiceReferences(HealthCheck.class, null)) {
                HealthCheck check = context.getService(ref);
                try {
                    if (check != null && name.equals(check.name())) {
                        return Optional.of(check.check());
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
            return Optional.empty();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

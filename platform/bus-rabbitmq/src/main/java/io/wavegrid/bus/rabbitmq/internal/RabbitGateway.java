package io.wavegrid.bus.rabbitmq.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;

import com.rabbitmq.client.ConnectionFactory;

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

/**
 * The node's link to RabbitMQ, active only when {@value #PID} is configured: the persisted outbox and its
 * publisher thread, and the consuming connection. The event bus and the command queue are thin layers on it.
 */
@Component(service = {RabbitGateway.class, HealthCheck.class, MetricSource.class}, configurationPid = RabbitGateway.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RabbitConfig.class)
public class RabbitGateway implements HealthCheck, MetricSource {

    static final String PID = "io.wavegrid.bus.rabbitmq";

    private final Topology topology;
    private final FileOutbox outbox;
    private final OutboxPublisher publisher;
    private final Thread publisherThread;
    private final Subscriptions subscriptions;
    private final BrokerHealth health = new BrokerHealth();
    private final int outboxCapacity;

    @Activate
    public RabbitGateway(RabbitConfig config) {
        this(config.uri(), new Topology(config.exchangePrefix(), config.commandQueue()), outboxDirectory(config.outboxDirectory()),
                config.outboxCapacity(), config.confirmTimeoutMillis());
    }

    RabbitGateway(String uri, Topology topology, Path outboxDirectory, int outboxCapacity, long confirmTimeoutMillis) {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(uri);
        } catch (URISyntaxException | GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid RabbitMQ URI in " + PID + ": " + e.getMessage(), e);
        }
        factory.setAutomaticRecoveryEnabled(false);
        factory.setConnectionTimeout(3_000);
        factory.setRequestedHeartbeat(10);
        this.topology = topology;
        this.outboxCapacity = outboxCapacity;
        this.outbox = new FileOutbox(outboxDirectory, outboxCapacity);
        this.publisher = new OutboxPublisher(outbox, factory, topology, confirmTimeoutMillis, health);
        this.publisherThread = new Thread(publisher, "wavegrid-rabbitmq-publisher");
        publisherThread.setDaemon(true);
        publisherThread.start();
        this.subscriptions = new Subscriptions(factory);
    }

    private static Path outboxDirectory(String configured) {
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        String data = System.getProperty("karaf.data");
        if (data == null) {
            throw new IllegalStateException(PID + ": set outboxDirectory (no karaf.data system property to default to)");
        }
        return Path.of(data, "wavegrid", "outbox");
    }

    @Deactivate
    void close() {
        publisher.stop();
        publisherThread.interrupt();
        try {
            publisherThread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        subscriptions.close();
        outbox.close();
    }

    Topology topology() {
        return topology;
    }

    FileOutbox outbox() {
        return outbox;
    }

    Subscriptions subscriptions() {
        return subscriptions;
    }

    @Override
    public String name() {
        return "rabbitmq";
    }

    @Override
    public HealthStatus check() {
        HealthStatus s = health.status();
        int waiting = outbox.size();
        return waiting == 0 ? s : new HealthStatus(s.state(), s.detail() + " (" + waiting + " events in the outbox)", s.since());
    }

    @Override
    public List<MetricReading> readings() {
        return List.of(
                MetricReading.gauge("wavegrid_outbox_events", "Events and commands persisted in the outbox, not yet confirmed by the broker",
                        outbox.size(), "backend", "rabbitmq"),
                MetricReading.gauge("wavegrid_outbox_capacity", "Events and commands the outbox holds before publishing is refused",
                        outboxCapacity, "backend", "rabbitmq"),
                MetricReading.gauge("wavegrid_fallback_active", "1 while the backend is unreachable and memory serves in its place",
                        health.status().state() == State.UP ? 0 : 1, "backend", "rabbitmq"),
                MetricReading.counter("wavegrid_health_degradations_total", "Times the check left UP since the service started",
                        health.outages(), "check", "rabbitmq"));
    }

    /** When the current health state began; for tests. */
    Instant since() {
        return health.status().since();
    }
}

package io.wavegrid.bus.rabbitmq.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.wavegrid.infra.api.HealthStatus;
import io.wavegrid.infra.api.HealthStatus.State;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bus's health: DEGRADED while events wait in the outbox for an unreachable broker; logs each change. */
final class BrokerHealth {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerHealth.class);

    private final AtomicLong outages = new AtomicLong();
    private volatile HealthStatus status = new HealthStatus(State.UP, "connecting to RabbitMQ", Instant.now());

    void up() {
        if (status.state() != State.UP || status.detail().startsWith("connecting")) {
            if (status.state() != State.UP) {
                LOG.info("RabbitMQ reachable again: outbox delivered");
            }
            status = new HealthStatus(State.UP, "connected", Instant.now());
        }
    }

    void down(String why) {
        if (status.state() == State.UP) {
            outages.incrementAndGet();
            LOG.warn("RabbitMQ unreachable ({}): events wait in the persisted outbox and are delivered in order when it returns", why);
            status = new HealthStatus(State.DEGRADED, why, Instant.now());
        }
    }

    /** Times the broker became unreachable since start. */
    long outages() {
        return outages.get();
    }

    HealthStatus status() {
        return status;
    }
}

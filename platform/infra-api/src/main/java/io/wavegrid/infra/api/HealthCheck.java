package io.wavegrid.infra.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service reporting one infrastructure service's health; the health endpoint and the metrics
 * collect every registered check. {@link #check()} must be cheap and must not block: report the last known
 * state.
 */
@ConsumerType
public interface HealthCheck {

    /** Short name, e.g. {@code redis}, {@code rabbitmq}, {@code database}. */
    String name();

    HealthStatus check();
}

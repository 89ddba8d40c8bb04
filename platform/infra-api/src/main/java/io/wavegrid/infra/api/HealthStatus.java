package io.wavegrid.infra.api;

import java.time.Instant;
import java.util.Objects;

/**
 * How an infrastructure service is doing.
 *
 * @param detail what is wrong and what the service does about it, e.g. "Redis unreachable: serving from memory"
 * @param since  when the service entered this state
 */
public record HealthStatus(State state, String detail, Instant since) {

    public enum State {
        /** Working as configured. */
        UP,
        /** A configured backend is unreachable; a fallback keeps the engine running and recovery is automatic. */
        DEGRADED,
        /** Not working: callers get errors. */
        DOWN
    }

    public HealthStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        detail = detail == null ? "" : detail;
    }
}

package io.wavegrid.trading.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an emergency shutdown did.
 *
 * @param cancelled client order ids of the orders cancelled
 * @param closed    one line per position closed at market (symbol, side, quantity, closing order id)
 * @param failures  what could not be done, with the reason; empty when the shutdown is complete
 */
public record EmergencyReport(Instant time, String actor, List<String> cancelled, List<String> closed,
                              List<String> failures) {

    public EmergencyReport {
        Objects.requireNonNull(time, "time");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an emergency shutdown needs the actor who asked for it");
        }
        cancelled = List.copyOf(cancelled);
        closed = List.copyOf(closed);
        failures = List.copyOf(failures);
    }

    public boolean complete() {
        return failures.isEmpty();
    }
}

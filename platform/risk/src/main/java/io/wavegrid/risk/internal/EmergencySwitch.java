package io.wavegrid.risk.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emergency stop: one atomic reference, no lock, so an operator can pull it while a trading thread is wedged
 * inside the risk manager or anywhere else.
 */
final class EmergencySwitch {

    /** Who pulled the switch, why and when (wall clock). */
    record Stop(String actor, String reason, Instant time) {

        @Override
        public String toString() {
            return "emergency stop by " + actor + " at " + time + ": " + reason;
        }
    }

    private final AtomicReference<Stop> stop = new AtomicReference<>();

    /** Pulls the switch; false when it was already pulled (the first stop and its reason stay). */
    boolean pull(Stop request) {
        return stop.compareAndSet(null, request);
    }

    /** Re-arms; the stop it ended, or null when it was not pulled. */
    Stop rearm() {
        return stop.getAndSet(null);
    }

    /** The current stop, or null when armed. */
    Stop current() {
        return stop.get();
    }
}

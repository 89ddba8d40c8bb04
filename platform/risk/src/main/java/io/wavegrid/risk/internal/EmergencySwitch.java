package io.wavegrid.risk.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emergency stop: one atomic reference, no lock, so an operator can pull it while a trading thread is wedged
 * inside the risk manager or anywhere else. It also remembers the last re-arm, so the stored state can say who ended
 * the last stop and when.
 */
final class EmergencySwitch {

    /** Who pulled the switch, why and when (wall clock). */
    record Stop(String actor, String reason, Instant time) {

        @Override
        public String toString() {
            return "emergency stop by " + actor + " at " + time + ": " + reason;
        }
    }

    /**
     * Who re-armed the switch and when (wall clock).
     *
     * @param ended the stop it ended, as text; empty when the switch was not pulled
     */
    record Rearm(String actor, Instant time, String ended) {
    }

    private final AtomicReference<Stop> stop = new AtomicReference<>();
    private volatile Rearm lastRearm;

    /** Pulls the switch; false when it was already pulled (the first stop and its reason stay). */
    boolean pull(Stop request) {
        return stop.compareAndSet(null, request);
    }

    /** Re-arms; the stop it ended, or null when it was not pulled. */
    Stop rearm(String actor, Instant time) {
        Stop ended = stop.getAndSet(null);
        lastRearm = new Rearm(actor, time, ended == null ? "" : ended.toString());
        return ended;
    }

    /** The current stop, or null when armed. */
    Stop current() {
        return stop.get();
    }

    /** The last re-arm, or null when the switch was never re-armed (as far as this and the stored state know). */
    Rearm lastRearm() {
        return lastRearm;
    }

    /** Takes a re-arm from the stored state unless this switch was re-armed since it started. */
    void restoreRearm(Rearm stored) {
        if (lastRearm == null) {
            lastRearm = stored;
        }
    }
}

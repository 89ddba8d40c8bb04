package io.wavegrid.execution.internal;

import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.SignalStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves signals through their lifecycle on behalf of execution. A move the lifecycle refuses (the signal expired
 * or was cancelled meanwhile, or is unknown after a restart) is logged and reported as false, never thrown into a
 * fill or a candle.
 */
final class Signals {

    private static final Logger LOG = LoggerFactory.getLogger(Signals.class);

    private final SignalLifecycle lifecycle;

    Signals(SignalLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    SignalLifecycle lifecycle() {
        return lifecycle;
    }

    boolean move(String signalId, SignalStatus next, String reason) {
        try {
            lifecycle.transition(signalId, next, reason == null || reason.isBlank() ? next.name().toLowerCase() : reason);
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.info("Signal {} not moved to {}: {}", signalId, next, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Signal lifecycle failed moving {} to {}", signalId, next, e);
            return false;
        }
    }
}

package io.wavegrid.exchange.support;

import java.io.IOException;
import java.time.Duration;

/** A call was not made, or was refused, because of the exchange's rate limits. */
public class ThrottledException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;
    private final boolean banned;

    public ThrottledException(String message, Duration retryAfter, boolean banned) {
        super(message);
        this.retryAfter = retryAfter;
        this.banned = banned;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The exchange banned the IP (HTTP 418): no call may be made until {@link #retryAfter()} has passed. */
    public boolean banned() {
        return banned;
    }
}

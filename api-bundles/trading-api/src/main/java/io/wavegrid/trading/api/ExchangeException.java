package io.wavegrid.trading.api;

import java.time.Duration;

/** An exchange refused or failed a call. The reason tells the caller whether and when to retry. */
public class ExchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The order or request was refused on its merits; retrying the same request fails again. */
        REJECTED,
        /** Too many requests (HTTP 429); retry after {@link #retryAfter()}. */
        RATE_LIMITED,
        /** The IP is banned (HTTP 418); no call may be made before {@link #retryAfter()}. */
        BANNED,
        /** No answer in time; the outcome is unknown and must be queried before any resend. */
        TIMEOUT,
        /** The exchange is down or unreachable. */
        UNAVAILABLE,
        /** The exchange does not know the order or symbol. */
        NOT_FOUND
    }

    private final Reason reason;
    private final Duration retryAfter;

    public ExchangeException(Reason reason, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public ExchangeException(Reason reason, String message) {
        this(reason, message, Duration.ZERO, null);
    }

    public Reason reason() {
        return reason;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

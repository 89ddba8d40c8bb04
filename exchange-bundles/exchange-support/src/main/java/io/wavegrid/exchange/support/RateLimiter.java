package io.wavegrid.exchange.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One request-weight budget per exchange, shared by every caller in the container. It is sized from the
 * exchange's published limit (e.g. Binance's {@code REQUEST_WEIGHT} of 6000 per minute), corrected by the
 * usage the exchange reports back (e.g. {@code X-MBX-USED-WEIGHT-1M}), and closed entirely after a 429
 * (until Retry-After) or a 418 ban (until the ban ends). A caller that would wait longer than its patience
 * gets a {@link ThrottledException} at once, so nothing spins on a closed budget.
 */
public final class RateLimiter {

    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final String exchange;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration window;
    private volatile int limit;
    private long windowStart;
    private int used;
    private Instant closedUntil = Instant.MIN;
    private boolean banned;

    public RateLimiter(String exchange, int limit, Duration window, Clock clock, Sleeper sleeper) {
        if (limit <= 0 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("rate limit of " + exchange + " must be positive");
        }
        this.exchange = exchange;
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public static RateLimiter of(String exchange, int limit, Duration window) {
        return new RateLimiter(exchange, limit, window, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
    }

    /** Adopts the limit the exchange publishes (its exchange-info answer). */
    public void resize(int newLimit) {
        if (newLimit > 0) {
            limit = newLimit;
        }
    }

    public int limit() {
        return limit;
    }

    /**
     * Takes {@code weight} from the budget, waiting at most {@code patience} for it.
     *
     * @throws ThrottledException when the budget is closed or would open later than the patience allows
     */
    public void acquire(int weight, Duration patience) throws ThrottledException, InterruptedException {
        while (true) {
            Duration wait;
            synchronized (this) {
                Instant now = clock.instant();
                if (now.isBefore(closedUntil)) {
                    wait = Duration.between(now, closedUntil);
                    if (banned || wait.compareTo(patience) > 0) {
                        throw new ThrottledException(exchange + (banned ? " has banned this IP" : " rate limit hit")
                                + "; calls resume at " + closedUntil, wait, banned);
                    }
                } else {
                    roll(now.toEpochMilli());
                    if (used + weight <= limit) {
                        used += weight;
                        return;
                    }
                    wait = Duration.ofMillis(windowStart + window.toMillis() - now.toEpochMilli());
                    if (wait.compareTo(patience) > 0) {
                        throw new ThrottledException(exchange + " request weight " + used + "/" + limit
                                + " used in this window; next window in " + wait.toMillis() + " ms", wait, false);
                    }
                }
            }
            sleeper.sleep(wait);
        }
    }

    /** The exchange's own count of the weight used in the current window; it wins over ours. */
    public synchronized void observeUsed(int exchangeUsed) {
        roll(clock.millis());
        used = Math.max(used, exchangeUsed);
    }

    /** HTTP 429: closes the budget for {@code retryAfter}. */
    public synchronized void tooManyRequests(Duration retryAfter) {
        close(retryAfter, false);
    }

    /** HTTP 418: the IP is banned; nothing may be sent until the ban ends. */
    public synchronized void banned(Duration retryAfter) {
        close(retryAfter, true);
    }

    private void close(Duration retryAfter, boolean ban) {
        Instant until = clock.instant().plus(retryAfter.isZero() || retryAfter.isNegative() ? window : retryAfter);
        if (until.isAfter(closedUntil)) {
            closedUntil = until;
        }
        banned = ban || (banned && clock.instant().isBefore(closedUntil));
    }

    private void roll(long nowMillis) {
        long start = nowMillis - Math.floorMod(nowMillis, window.toMillis());
        if (start != windowStart) {
            windowStart = start;
            used = 0;
        }
        if (!clock.instant().isBefore(closedUntil)) {
            banned = false;
        }
    }
}

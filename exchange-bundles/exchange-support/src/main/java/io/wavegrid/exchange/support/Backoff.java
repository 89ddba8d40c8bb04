package io.wavegrid.exchange.support;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Exponential backoff with jitter: attempt n waits a random time in {@code [base/2, min(max, base * 2^n))},
 * so clients reconnecting after one outage spread out, and no retry ever comes sooner than base/2.
 */
public final class Backoff {

    private final long baseMillis;
    private final long maxMillis;
    private final SplittableRandom random;
    private int attempt;

    public Backoff(Duration base, Duration max, long seed) {
        this.baseMillis = Math.max(1, base.toMillis());
        this.maxMillis = Math.max(baseMillis, max.toMillis());
        this.random = new SplittableRandom(seed);
    }

    public synchronized Duration next() {
        long ceiling = Math.min(maxMillis, baseMillis << Math.min(attempt, 30));
        attempt++;
        return Duration.ofMillis(baseMillis / 2 + random.nextLong(Math.max(1, ceiling - baseMillis / 2)));
    }

    /** After a connection proved healthy. */
    public synchronized void reset() {
        attempt = 0;
    }
}

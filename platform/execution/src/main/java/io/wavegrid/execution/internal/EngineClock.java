package io.wavegrid.execution.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's time: the close of the newest candle seen, so a replay journals, ages and audits by market time.
 * Before the first candle it falls back to the given clock (the wall clock in the running platform).
 */
final class EngineClock {

    private final Clock fallback;
    private final AtomicLong candleTime = new AtomicLong(Long.MIN_VALUE);

    EngineClock(Clock fallback) {
        this.fallback = fallback;
    }

    Instant now() {
        long t = candleTime.get();
        return t == Long.MIN_VALUE ? fallback.instant() : Instant.ofEpochMilli(t);
    }

    /** Moves the clock to a candle's close; never backwards. */
    void advanceTo(long epochMillis) {
        candleTime.accumulateAndGet(epochMillis, Math::max);
    }
}

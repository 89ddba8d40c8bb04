package io.wavegrid.marketdata.internal.feed;

import java.util.function.LongSupplier;

/**
 * Spaces bars in wall-clock time: at N× real time a bar of market time t is due {@code (t - t0) / N} after
 * the pacer started. Speed 0 means as fast as possible. Sleeping is delegated so tests can use a fake clock.
 */
public final class Pacer {

    /** Sleeps for a number of nanoseconds; interruptible. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    public static final Sleeper THREAD_SLEEP = nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));

    private final double speed;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private long originMarketMillis = Long.MIN_VALUE;
    private long originNanos;

    public Pacer(double speed, LongSupplier nanoClock, Sleeper sleeper) {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be 0 (as fast as possible) or a positive multiple of real time, got " + speed);
        }
        this.speed = speed;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    public static Pacer realClock(double speed) {
        return new Pacer(speed, System::nanoTime, THREAD_SLEEP);
    }

    /** Blocks until a bar that closes at {@code marketMillis} is due. The first call sets the origin. */
    public void awaitMarketTime(long marketMillis) throws InterruptedException {
        if (speed == 0) {
            return;
        }
        if (originMarketMillis == Long.MIN_VALUE) {
            originMarketMillis = marketMillis;
            originNanos = nanoClock.getAsLong();
            return;
        }
        long due = originNanos + (long) ((marketMillis - originMarketMillis) * 1_000_000d / speed);
        long wait = due - nanoClock.getAsLong();
        if (wait > 0) {
            sleeper.sleepNanos(wait);
        }
    }
}

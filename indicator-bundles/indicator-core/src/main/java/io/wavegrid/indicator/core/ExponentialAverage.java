package io.wavegrid.indicator.core;

/**
 * Exponential moving average {@code value += alpha * (x - value)}: the EMA with {@code alpha = 2/(n+1)}
 * and Wilder's smoothing (RMA, MMA) with {@code alpha = 1/n}. Ready once {@code period} inputs were seen,
 * whatever the seeding.
 */
public final class ExponentialAverage {

    private final int period;
    private final double alpha;
    private final Seeding seeding;
    private double value = Double.NaN;
    private double seedSum;
    private long count;

    private ExponentialAverage(int period, double alpha, Seeding seeding) {
        Periods.requirePositive("period", period);
        if (seeding == null) {
            throw new IllegalArgumentException("seeding is required");
        }
        this.period = period;
        this.alpha = alpha;
        this.seeding = seeding;
    }

    /** Classic EMA, {@code alpha = 2 / (period + 1)}. */
    public static ExponentialAverage ema(int period, Seeding seeding) {
        return new ExponentialAverage(period, 2.0 / (period + 1), seeding);
    }

    /** Wilder's smoothing, {@code alpha = 1 / period}. */
    public static ExponentialAverage wilder(int period, Seeding seeding) {
        return new ExponentialAverage(period, 1.0 / period, seeding);
    }

    public void update(double x) {
        count++;
        if (seeding == Seeding.FIRST_VALUE) {
            value = count == 1 ? x : value + alpha * (x - value);
        } else if (count < period) {
            seedSum += x;
        } else if (count == period) {
            value = (seedSum + x) / period;
        } else {
            value += alpha * (x - value);
        }
    }

    /** Current average; NaN until seeded (with SMA seeding: until {@code period} inputs). */
    public double value() {
        return value;
    }

    public boolean isReady() {
        return count >= period;
    }

    public int period() {
        return period;
    }

    public long count() {
        return count;
    }
}

package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.ExponentialAverage;
import io.wavegrid.indicator.core.Seeding;

/**
 * MACD line (fast EMA − slow EMA), its signal EMA and the histogram. Each EMA is seeded on its own input
 * per the seeding; the signal line starts once the MACD line exists. Ready after {@code slow + signal − 1}
 * bars. Outputs: 0 macd, 1 signal, 2 histogram.
 */
public final class MacdCalculator extends BarCalculator {

    public static final int MACD = 0;
    public static final int SIGNAL = 1;
    public static final int HISTOGRAM = 2;

    private final ExponentialAverage fast;
    private final ExponentialAverage slow;
    private final ExponentialAverage signal;
    private final int warmup;
    private double macd = Double.NaN;
    private long bars;

    public MacdCalculator(int fastPeriod, int slowPeriod, int signalPeriod, Seeding seeding) {
        super(3);
        if (fastPeriod >= slowPeriod) {
            throw new IllegalArgumentException("MACD fast period " + fastPeriod + " must be below the slow period " + slowPeriod);
        }
        fast = ExponentialAverage.ema(fastPeriod, seeding);
        slow = ExponentialAverage.ema(slowPeriod, seeding);
        signal = ExponentialAverage.ema(signalPeriod, seeding);
        warmup = warmup(slowPeriod, signalPeriod);
    }

    public static int warmup(int slowPeriod, int signalPeriod) {
        return slowPeriod + signalPeriod - 1;
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        bars++;
        fast.update(close);
        slow.update(close);
        macd = fast.value() - slow.value();
        if (!Double.isNaN(macd)) {
            signal.update(macd);
        }
    }

    @Override
    public boolean isReady() {
        return bars >= warmup;
    }

    @Override
    protected double current(int output) {
        return switch (output) {
            case MACD -> macd;
            case SIGNAL -> signal.value();
            default -> macd - signal.value();
        };
    }
}

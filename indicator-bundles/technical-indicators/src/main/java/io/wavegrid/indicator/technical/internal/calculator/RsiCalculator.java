package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.ExponentialAverage;
import io.wavegrid.indicator.core.Seeding;

/**
 * Wilder's RSI. With SMA seeding the averages start as the means of the first {@code period} changes (the
 * first bar has none); with FIRST_VALUE seeding the first bar counts as a zero change, as in ta4j. Ready
 * after {@code period + 1} bars. A flat market (no gains, no losses) reads 50.
 */
public final class RsiCalculator extends BarCalculator {

    private final ExponentialAverage gains;
    private final ExponentialAverage losses;
    private final Seeding seeding;
    private final int period;
    private double previousClose = Double.NaN;
    private long bars;

    public RsiCalculator(int period, Seeding seeding) {
        super(1);
        this.period = period;
        this.seeding = seeding;
        gains = ExponentialAverage.wilder(period, seeding);
        losses = ExponentialAverage.wilder(period, seeding);
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        bars++;
        boolean first = Double.isNaN(previousClose);
        if (!first || seeding == Seeding.FIRST_VALUE) {
            double change = first ? 0 : close - previousClose;
            gains.update(change > 0 ? change : 0);
            losses.update(change < 0 ? -change : 0);
        }
        previousClose = close;
    }

    @Override
    public boolean isReady() {
        return bars > period;
    }

    @Override
    protected double current(int output) {
        return rsi(gains.value(), losses.value());
    }

    static double rsi(double averageGain, double averageLoss) {
        if (averageLoss == 0) {
            return averageGain == 0 ? 50 : 100;
        }
        return 100 - 100 / (1 + averageGain / averageLoss);
    }
}

package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.ExponentialAverage;
import io.wavegrid.indicator.core.Seeding;

/** Exponential moving average of the close; ready after {@code period} bars. */
public final class EmaCalculator extends BarCalculator {

    private final ExponentialAverage average;

    public EmaCalculator(int period, Seeding seeding) {
        super(1);
        average = ExponentialAverage.ema(period, seeding);
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        average.update(close);
    }

    @Override
    public boolean isReady() {
        return average.isReady();
    }

    @Override
    protected double current(int output) {
        return average.value();
    }
}

package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.RollingWindow;

/** Simple moving average of the close; ready after {@code period} bars. */
public final class SmaCalculator extends BarCalculator {

    private final RollingWindow closes;

    public SmaCalculator(int period) {
        super(1);
        closes = new RollingWindow(period);
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        closes.add(close);
    }

    @Override
    public boolean isReady() {
        return closes.isFull();
    }

    @Override
    protected double current(int output) {
        return closes.mean();
    }
}

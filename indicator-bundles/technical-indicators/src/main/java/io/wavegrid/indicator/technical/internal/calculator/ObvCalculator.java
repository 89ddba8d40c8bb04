package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.BarCalculator;

/** On-balance volume, starting at 0 on the first bar; ready after one bar. */
public final class ObvCalculator extends BarCalculator {

    private double obv;
    private double previousClose = Double.NaN;

    public ObvCalculator() {
        super(1);
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        if (close > previousClose) {
            obv += volume;
        } else if (close < previousClose) {
            obv -= volume;
        }
        previousClose = close;
    }

    @Override
    public boolean isReady() {
        return !Double.isNaN(previousClose);
    }

    @Override
    protected double current(int output) {
        return obv;
    }
}

package io.wavegrid.indicator.pvt.internal;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.ExponentialAverage;
import io.wavegrid.indicator.core.Seeding;

/**
 * Price volume trend: a running sum of volume × relative close change, starting at 0 on the first bar, with
 * an SMA-seeded EMA of it as signal line. Outputs: 0 pvt, 1 signal; ready once the signal exists.
 */
public final class PvtCalculator extends BarCalculator {

    public static final int PVT = 0;
    public static final int SIGNAL = 1;

    private final ExponentialAverage signal;
    private double pvt;
    private double previousClose = Double.NaN;

    public PvtCalculator(int signalPeriod) {
        super(2);
        signal = ExponentialAverage.ema(signalPeriod, Seeding.SMA);
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        if (!Double.isNaN(previousClose)) {
            pvt += (close - previousClose) / previousClose * volume;
        }
        previousClose = close;
        signal.update(pvt);
    }

    @Override
    public boolean isReady() {
        return signal.isReady();
    }

    @Override
    protected double current(int output) {
        return output == PVT ? pvt : signal.value();
    }
}

package io.wavegrid.indicator.wavetrend.internal;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.ExponentialAverage;
import io.wavegrid.indicator.core.RollingWindow;
import io.wavegrid.indicator.core.Seeding;

/**
 * LazyBear's WaveTrend: with ap = hlc3, esa = EMA(ap, n1), d = EMA(|ap − esa|, n1), ci = (ap − esa) / (0.015 d),
 * wt1 = EMA(ci, n2) and wt2 = SMA(wt1, signal). EMAs are SMA-seeded, as Pine's {@code ta.ema}; a chain
 * starts when its input first exists. Outputs: 0 wt1, 1 wt2.
 */
public final class WaveTrendCalculator extends BarCalculator {

    public static final int WT1 = 0;
    public static final int WT2 = 1;

    /** Lambert's constant, which scales ci to roughly ±100. */
    private static final double LAMBERT = 0.015;

    private final ExponentialAverage esa;
    private final ExponentialAverage deviation;
    private final ExponentialAverage tci;
    private final RollingWindow signal;

    public WaveTrendCalculator(int channelLength, int averageLength, int signalLength) {
        super(2);
        esa = ExponentialAverage.ema(channelLength, Seeding.SMA);
        deviation = ExponentialAverage.ema(channelLength, Seeding.SMA);
        tci = ExponentialAverage.ema(averageLength, Seeding.SMA);
        signal = new RollingWindow(signalLength);
    }

    /** Bars before wt2 exists. */
    public static int warmup(int channelLength, int averageLength, int signalLength) {
        return 2 * channelLength + averageLength + signalLength - 3;
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        double ap = (high + low + close) / 3;
        esa.update(ap);
        if (!esa.isReady()) {
            return;
        }
        double distance = ap - esa.value();
        deviation.update(Math.abs(distance));
        if (!deviation.isReady()) {
            return;
        }
        double d = deviation.value();
        tci.update(d == 0 ? 0 : distance / (LAMBERT * d));
        if (tci.isReady()) {
            signal.add(tci.value());
        }
    }

    @Override
    public boolean isReady() {
        return signal.isFull();
    }

    @Override
    protected double current(int output) {
        return output == WT1 ? tci.value() : signal.mean();
    }
}

package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.RollingExtreme;
import io.wavegrid.indicator.core.RollingWindow;

/**
 * Stochastic oscillator: %K = 100 × (close − lowest low) / (highest high − lowest low) over {@code kPeriod}
 * bars, optionally smoothed by an SMA of {@code kSmoothing} (1 = fast stochastic), and %D = SMA of %K over
 * {@code dPeriod}. A bar range of zero reads 50. Outputs 0 %K, 1 %D.
 */
public final class StochasticCalculator extends BarCalculator {

    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private final RollingWindow smoothedK;
    private final RollingWindow d;

    public StochasticCalculator(int kPeriod, int kSmoothing, int dPeriod) {
        super(2);
        highest = RollingExtreme.highest(kPeriod);
        lowest = RollingExtreme.lowest(kPeriod);
        smoothedK = new RollingWindow(kSmoothing);
        d = new RollingWindow(dPeriod);
    }

    public static int warmup(int kPeriod, int kSmoothing, int dPeriod) {
        return kPeriod + kSmoothing - 1 + dPeriod - 1;
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        highest.add(high);
        lowest.add(low);
        if (!highest.isFull()) {
            return;
        }
        double range = highest.value() - lowest.value();
        smoothedK.add(range == 0 ? 50 : 100 * (close - lowest.value()) / range);
        if (smoothedK.isFull()) {
            d.add(smoothedK.mean());
        }
    }

    @Override
    public boolean isReady() {
        return d.isFull();
    }

    @Override
    protected double current(int output) {
        return output == 0 ? smoothedK.mean() : d.mean();
    }
}

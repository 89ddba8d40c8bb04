package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.AverageTrueRange;
import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.Seeding;

/** Wilder's average true range; the first bar's true range is its high − low. Ready after {@code period} bars. */
public final class AtrCalculator extends BarCalculator {

    private final AverageTrueRange atr;

    public AtrCalculator(int period, Seeding seeding) {
        super(1);
        atr = new AverageTrueRange(period, seeding);
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        atr.update(high, low, close);
    }

    @Override
    public boolean isReady() {
        return atr.isReady();
    }

    @Override
    protected double current(int output) {
        return atr.value();
    }
}

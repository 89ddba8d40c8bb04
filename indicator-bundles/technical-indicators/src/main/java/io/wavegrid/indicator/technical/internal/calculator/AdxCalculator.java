package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.DirectionalIndex;
import io.wavegrid.indicator.core.Seeding;

/** ADX with +DI and −DI (outputs 0, 1, 2); ready after {@code diPeriod + adxPeriod} bars. */
public final class AdxCalculator extends BarCalculator {

    private final DirectionalIndex index;

    public AdxCalculator(int diPeriod, int adxPeriod, Seeding seeding) {
        super(3);
        index = new DirectionalIndex(diPeriod, adxPeriod, seeding);
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        index.update(high, low, close);
    }

    @Override
    public boolean isReady() {
        return index.isReady();
    }

    @Override
    protected double current(int output) {
        return switch (output) {
            case 0 -> index.adx();
            case 1 -> index.plusDi();
            default -> index.minusDi();
        };
    }
}

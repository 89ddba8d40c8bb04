package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.RollingWindow;

/**
 * Bollinger Bands: SMA of the close ± {@code multiplier} population standard deviations. Outputs: 0 middle,
 * 1 upper, 2 lower, 3 bandwidth ((upper − lower) / middle), 4 %B ((close − lower) / (upper − lower), 0.5 on
 * a zero-width band). Ready after {@code period} bars.
 */
public final class BollingerCalculator extends BarCalculator {

    public static final int MIDDLE = 0;
    public static final int UPPER = 1;
    public static final int LOWER = 2;
    public static final int BANDWIDTH = 3;
    public static final int PERCENT_B = 4;

    private final RollingWindow closes;
    private final double multiplier;

    public BollingerCalculator(int period, double multiplier) {
        super(5);
        closes = new RollingWindow(period);
        this.multiplier = multiplier;
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
        double middle = closes.mean();
        double width = multiplier * closes.standardDeviation();
        return switch (output) {
            case MIDDLE -> middle;
            case UPPER -> middle + width;
            case LOWER -> middle - width;
            case BANDWIDTH -> 2 * width / middle;
            default -> width == 0 ? 0.5 : (closes.get(0) - (middle - width)) / (2 * width);
        };
    }
}

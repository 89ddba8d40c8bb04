package io.wavegrid.indicator.technical.internal.calculator;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.RollingWindow;

/**
 * Volume-weighted average of the typical price (high + low + close) / 3. SESSION mode restarts at each UTC
 * day (the crypto convention) and is ready at once; ROLLING mode covers the last {@code period} bars and is
 * ready after them. Without any volume it reads the typical price.
 */
public final class VwapCalculator extends BarCalculator {

    public enum Mode { SESSION, ROLLING }

    private static final long DAY_MS = 86_400_000L;

    private final Mode mode;
    private final RollingWindow priceVolume;
    private final RollingWindow volumes;
    private long session = Long.MIN_VALUE;
    private double sessionPriceVolume;
    private double sessionVolume;
    private double typicalPrice = Double.NaN;

    public VwapCalculator(Mode mode, int period) {
        super(1);
        this.mode = mode;
        int window = mode == Mode.ROLLING ? period : 1;
        priceVolume = new RollingWindow(window);
        volumes = new RollingWindow(window);
    }

    @Override
    protected void onBar(long openTime, double open, double high, double low, double close, double volume) {
        typicalPrice = (high + low + close) / 3;
        if (mode == Mode.ROLLING) {
            priceVolume.add(typicalPrice * volume);
            volumes.add(volume);
            return;
        }
        long day = Math.floorDiv(openTime, DAY_MS);
        if (day != session) {
            session = day;
            sessionPriceVolume = 0;
            sessionVolume = 0;
        }
        sessionPriceVolume += typicalPrice * volume;
        sessionVolume += volume;
    }

    @Override
    public boolean isReady() {
        return mode == Mode.ROLLING ? volumes.isFull() : !Double.isNaN(typicalPrice);
    }

    @Override
    protected double current(int output) {
        double weighted = mode == Mode.ROLLING ? priceVolume.sum() : sessionPriceVolume;
        double totalVolume = mode == Mode.ROLLING ? volumes.sum() : sessionVolume;
        return totalVolume > 0 ? weighted / totalVolume : typicalPrice;
    }
}

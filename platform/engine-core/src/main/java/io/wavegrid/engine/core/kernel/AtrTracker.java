package io.wavegrid.engine.core.kernel;

import io.wavegrid.market.api.Candle;

/**
 * Wilder's average true range over 14 bars, kept by the kernel for every series so that a trading signal
 * always has a volatility yardstick for its stop and targets, whichever indicator plugins are installed.
 */
final class AtrTracker {

    static final int PERIOD = 14;

    private double previousClose = Double.NaN;
    private double sum;
    private int bars;
    private double atr = Double.NaN;

    void update(Candle candle) {
        double range = candle.high() - candle.low();
        double trueRange = Double.isNaN(previousClose) ? range
                : Math.max(range, Math.max(Math.abs(candle.high() - previousClose), Math.abs(candle.low() - previousClose)));
        previousClose = candle.close();
        if (bars < PERIOD) {
            sum += trueRange;
            bars++;
            if (bars == PERIOD) {
                atr = sum / PERIOD;
            }
        } else {
            atr = (atr * (PERIOD - 1) + trueRange) / PERIOD;
        }
    }

    /** NaN until {@value #PERIOD} bars were seen. */
    double value() {
        return atr;
    }
}

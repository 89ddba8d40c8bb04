package io.wavegrid.indicator.core;

import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleSeries;

/**
 * Base of candle-fed indicator calculators: validates each bar at the boundary, then hands primitive
 * values to {@link #onBar}. It can be fed candles (the engine) or the latest bar of a series (a signal
 * contributor keeping its own calculators), with no allocation either way.
 */
public abstract class BarCalculator implements IndicatorCalculator {

    private final BarGuard guard = new BarGuard();
    private final int outputs;

    protected BarCalculator(int outputs) {
        this.outputs = outputs;
    }

    @Override
    public final void update(Candle candle) {
        guard.accept(candle);
        onBar(candle.openTime(), candle.open(), candle.high(), candle.low(), candle.close(), candle.volume());
    }

    /** Folds in the latest bar ({@code barsAgo = 0}) of {@code series}. */
    public final void update(CandleSeries series) {
        guard.accept(series);
        onBar(series.openTime(0), series.open(0), series.high(0), series.low(0), series.close(0), series.volume(0));
    }

    @Override
    public final double value(int output) {
        if (output < 0 || output >= outputs) {
            throw new IllegalArgumentException("output " + output + " does not exist: this indicator has " + outputs);
        }
        return isReady() ? current(output) : Double.NaN;
    }

    /** Called once per accepted bar, in time order. */
    protected abstract void onBar(long openTime, double open, double high, double low, double close, double volume);

    /** Current value of a valid output; only called when ready. */
    protected abstract double current(int output);
}

package io.wavegrid.indicator.candlestick.internal;

import io.wavegrid.analysis.api.Trend;
import io.wavegrid.indicator.core.AverageTrueRange;
import io.wavegrid.indicator.core.RollingWindow;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.core.SwingPivots;
import io.wavegrid.market.api.CandleSeries;

/**
 * What surrounds a pattern: the prior trend, the average body and volume of the preceding bars, ATR, and the
 * nearest recent swing low below and swing high above the close. Read before the latest bar is folded in,
 * so the pattern bar never judges itself.
 */
final class CandleContext {

    private static final int TREND_BARS = 10;
    private static final int REMEMBERED_PIVOTS = 8;

    private final RollingWindow bodies = new RollingWindow(10);
    private final RollingWindow volumes = new RollingWindow(20);
    private final AverageTrueRange atr = new AverageTrueRange(14, Seeding.SMA);
    private final SwingPivots pivots = new SwingPivots(3, 3);
    private final RollingWindow swingHighs = new RollingWindow(REMEMBERED_PIVOTS);
    private final RollingWindow swingLows = new RollingWindow(REMEMBERED_PIVOTS);

    /** Mean body of the preceding bars; NaN with fewer than 5. */
    double averageBody() {
        return bodies.size() >= 5 ? bodies.mean() : Double.NaN;
    }

    /** Latest volume over the mean of the preceding ones; NaN when unknown. */
    double relativeVolume(double volume) {
        double mean = volumes.mean();
        return volumes.size() >= 5 && mean > 0 ? volume / mean : Double.NaN;
    }

    double atr() {
        return atr.value();
    }

    /** Highest remembered swing low at or below {@code close}; NaN if none. */
    double nearestSupport(double close) {
        double best = Double.NaN;
        for (int i = 0; i < swingLows.size(); i++) {
            double low = swingLows.get(i);
            if (low <= close && !(low <= best)) {
                best = low;
            }
        }
        return best;
    }

    /** Lowest remembered swing high above {@code close}; NaN if none. */
    double nearestResistance(double close) {
        double best = Double.NaN;
        for (int i = 0; i < swingHighs.size(); i++) {
            double high = swingHighs.get(i);
            if (high > close && !(high >= best)) {
                best = high;
            }
        }
        return best;
    }

    /**
     * Direction of the closes before the pattern: the net move over up to 10 bars counts as a trend when it
     * exceeds the average bar range of those bars.
     */
    static Trend trendBefore(CandleSeries s, int patternBars) {
        int end = patternBars;
        int start = Math.min(s.size() - 1, patternBars + TREND_BARS);
        if (start - end < 2) {
            return Trend.SIDEWAYS;
        }
        double rangeSum = 0;
        for (int k = end; k < start; k++) {
            rangeSum += s.high(k) - s.low(k);
        }
        double move = s.close(end) - s.close(start);
        double averageRange = rangeSum / (start - end);
        if (Math.abs(move) <= averageRange) {
            return Trend.SIDEWAYS;
        }
        return move > 0 ? Trend.UP : Trend.DOWN;
    }

    /** Folds in the latest bar once the patterns of that bar were judged. */
    void update(CandleSeries s) {
        bodies.add(Bar.body(s, 0));
        volumes.add(s.volume(0));
        atr.update(s.high(0), s.low(0), s.close(0));
        pivots.update(s.openTime(0), s.high(0), s.low(0));
        if (pivots.highConfirmed()) {
            swingHighs.add(pivots.pivotHigh());
        }
        if (pivots.lowConfirmed()) {
            swingLows.add(pivots.pivotLow());
        }
    }
}

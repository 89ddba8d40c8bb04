package io.wavegrid.marketdata.internal.validate;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;

/** Finds the spans of a window where bars of a timeframe are missing. */
public final class GapDetector {

    private GapDetector() {
    }

    /**
     * Missing spans of {@code [from, to)} given the bars present, oldest first. Only whole bars count: the
     * window is widened to the bars that overlap it.
     *
     * @param bars bars of one series sorted by open time (extra bars outside the window are ignored)
     */
    public static List<TimeRange> gaps(List<Candle> bars, Timeframe timeframe, long from, long to) {
        List<TimeRange> gaps = new ArrayList<>();
        long expected = timeframe.align(from);
        long end = to;
        for (Candle bar : bars) {
            long open = bar.openTime();
            if (open < expected) {
                continue;
            }
            if (open >= end) {
                break;
            }
            if (open > expected) {
                gaps.add(new TimeRange(expected, open));
            }
            expected = open + timeframe.millis();
        }
        if (expected < end) {
            gaps.add(new TimeRange(expected, timeframe.align(end - 1) + timeframe.millis()));
        }
        return gaps;
    }

    /** Number of bars a span can hold. */
    public static long barsIn(TimeRange range, Timeframe timeframe) {
        return (range.to() - range.from() + timeframe.millis() - 1) / timeframe.millis();
    }
}

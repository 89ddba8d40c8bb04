package io.wavegrid.persistence.internal.candle;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;

/** Collects the spans of {@code [from, to)} not covered by the bars seen, fed open times in ascending order. */
final class Gaps {

    private final Timeframe timeframe;
    private final long to;
    private final List<TimeRange> gaps = new ArrayList<>();
    private long expected;

    Gaps(Timeframe timeframe, long from, long to) {
        this.timeframe = timeframe;
        this.to = to;
        long aligned = timeframe.align(from);
        this.expected = aligned < from ? aligned + timeframe.millis() : aligned;
    }

    void present(long openTime) {
        if (openTime > expected) {
            gaps.add(new TimeRange(expected, openTime));
        }
        expected = Math.max(expected, openTime + timeframe.millis());
    }

    List<TimeRange> finish() {
        if (expected < to) {
            gaps.add(new TimeRange(expected, to));
        }
        return gaps;
    }
}

package io.wavegrid.marketdata.internal.validate;

import static io.wavegrid.marketdata.Bars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.Bars;

import org.junit.jupiter.api.Test;

class GapDetectorTest {

    private static final long H = 3_600_000;

    @Test
    void reportsLeadingInnerAndTrailingGaps() {
        List<Candle> bars = new ArrayList<>(Bars.series(Timeframe.H1, T0, 10));
        bars.subList(4, 7).clear(); // hours 4, 5, 6 missing
        bars.remove(0);

        List<TimeRange> gaps = GapDetector.gaps(bars, Timeframe.H1, T0, T0 + 12 * H);

        assertEquals(List.of(new TimeRange(T0, T0 + H), new TimeRange(T0 + 4 * H, T0 + 7 * H),
                new TimeRange(T0 + 10 * H, T0 + 12 * H)), gaps);
        assertEquals(3, GapDetector.barsIn(gaps.get(1), Timeframe.H1));
    }

    @Test
    void completeSeriesHasNoGapAndEmptySeriesIsOneGap() {
        assertEquals(List.of(), GapDetector.gaps(Bars.series(Timeframe.H1, T0, 5), Timeframe.H1, T0, T0 + 5 * H));
        assertEquals(List.of(new TimeRange(T0, T0 + 2 * H)), GapDetector.gaps(List.of(), Timeframe.H1, T0 + 1, T0 + 2 * H - 1));
    }
}

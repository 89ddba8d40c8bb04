package io.wavegrid.indicator.candlestick.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.indicator.testkit.CandleTable;

import org.junit.jupiter.api.Test;

/** Robustness on the real BTCUSDT 1h history: every pattern occurs, none on an implausible share of bars. */
class RealSeriesCandlesTest {

    @Test
    void everyPatternOccursAtAPlausibleRate() {
        CandleTable table = CandleTable.btcHourly();
        Map<CandlePattern, Integer> counts = new EnumMap<>(CandlePattern.class);
        for (List<PatternDetection> bar : Detections.perBar(table)) {
            for (PatternDetection d : bar) {
                for (CandlePattern p : CandlePattern.values()) {
                    if (p.label().equals(d.pattern())) {
                        counts.merge(p, 1, Integer::sum);
                    }
                }
            }
        }
        for (CandlePattern p : CandlePattern.values()) {
            int count = counts.getOrDefault(p, 0);
            assertTrue(count >= 5, p + " found only " + count + " times: " + counts);
            assertTrue(count < table.size() / 5, p + " found on " + count + " of " + table.size() + " bars: " + counts);
        }
    }
}

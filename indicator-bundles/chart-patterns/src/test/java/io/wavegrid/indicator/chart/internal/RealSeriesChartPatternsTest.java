package io.wavegrid.indicator.chart.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternState;
import io.wavegrid.indicator.testkit.CandleTable;

import org.junit.jupiter.api.Test;

/**
 * The real BTCUSDT 1h history (58k bars): no exception, every pattern found a plausible number of times
 * (at least a few, at most one per 50 bars), and every confirmed pattern's target lies beyond its breakout.
 */
class RealSeriesChartPatternsTest {

    @Test
    void plausibleCountsOnRealData() {
        CandleTable table = CandleTable.btcHourly();
        List<PatternDetection> all = ChartPatternAnalyzerTest.run(table);
        Map<ChartPattern, Integer> forming = new EnumMap<>(ChartPattern.class);
        int confirmed = 0;
        for (PatternDetection d : all) {
            ChartPattern pattern = pattern(d.pattern());
            if (d.state() == PatternState.FORMING) {
                forming.merge(pattern, 1, Integer::sum);
            } else if (d.state() == PatternState.CONFIRMED) {
                confirmed++;
                double direction = d.bias() == io.wavegrid.analysis.api.Bias.BULLISH ? 1 : -1;
                assertTrue(Double.isNaN(d.target()) || direction * (d.target() - d.breakoutLevel()) > 0, d.toString());
            }
        }
        for (ChartPattern pattern : ChartPattern.values()) {
            int count = forming.getOrDefault(pattern, 0);
            assertTrue(count >= 3 && count <= table.size() / 50, pattern + " formed " + count + " times: " + forming);
        }
        assertTrue(confirmed > 0);
    }

    private static ChartPattern pattern(String label) {
        for (ChartPattern p : ChartPattern.values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new AssertionError("unknown pattern " + label);
    }
}

package io.wavegrid.indicator.chart.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.analysis.api.Bias;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternState;
import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.PricePath;

import org.junit.jupiter.api.Test;

/**
 * Constructed series with a known pattern (legs of 6 to 12 bars, so ATR is about 1% of price) and near-misses
 * that must not fire. Each starts with a choppy base so ATR is ready before the structure begins.
 */
class ChartPatternAnalyzerTest {

    @Test
    void headAndShouldersFormsThenConfirmsBelowTheNecklineWithMeasuredTarget() {
        CandleTable table = base(100).to(110, 8).to(104, 6).to(116, 8).to(104, 8).to(110, 6).to(96, 10).build();
        List<PatternDetection> found = run(table);
        PatternDetection forming = only(found, "head-and-shoulders", PatternState.FORMING);
        PatternDetection confirmed = only(found, "head-and-shoulders", PatternState.CONFIRMED);
        assertEquals(Bias.BEARISH, confirmed.bias());
        assertEquals(5, forming.keyPoints().size());
        assertEquals(116 * 1.001, confirmed.invalidation(), 0.01);
        // neckline ≈ 104·0.999; head 116·1.001 → height ≈ 12.2 → target ≈ 91.7
        assertEquals(104 * 0.999 - (116 * 1.001 - 104 * 0.999), confirmed.target(), 0.3);
        assertTrue(confirmed.breakoutLevel() < 104 && confirmed.breakoutLevel() > 103.5);
    }

    @Test
    void inverseHeadAndShouldersConfirmsUpwards() {
        CandleTable table = base(120).to(110, 8).to(116, 6).to(104, 8).to(116, 8).to(110, 6).to(124, 10).build();
        PatternDetection confirmed = only(run(table), "inverse-head-and-shoulders", PatternState.CONFIRMED);
        assertEquals(Bias.BULLISH, confirmed.bias());
        assertTrue(confirmed.target() > 127, confirmed.toString());
    }

    @Test
    void doubleTopAndDoubleBottom() {
        PatternDetection top = only(run(base(100).to(112, 10).to(104, 8).to(112.2, 8).to(98, 10).build()),
                "double-top", PatternState.CONFIRMED);
        assertEquals(Bias.BEARISH, top.bias());
        PatternDetection bottom = only(run(base(112).to(100, 10).to(108, 8).to(99.8, 8).to(114, 10).build()),
                "double-bottom", PatternState.CONFIRMED);
        assertEquals(Bias.BULLISH, bottom.bias());
    }

    @Test
    void trianglesBreakInTheirDirection() {
        PatternDetection ascending = only(run(base(100).to(110, 8).to(102, 8).to(110, 6).to(105, 6).to(110.1, 5).to(116, 6).build()),
                "ascending-triangle", PatternState.CONFIRMED);
        assertEquals(Bias.BULLISH, ascending.bias());
        // the flat base followed by the first drop is itself a small descending triangle; the constructed one is the last
        List<PatternDetection> found = run(base(110).to(100, 8).to(108, 8).to(100, 6).to(105, 6).to(99.9, 5).to(94, 6).build());
        PatternDetection descending = found.stream()
                .filter(d -> d.pattern().equals("descending-triangle") && d.state() == PatternState.CONFIRMED)
                .reduce((first, second) -> second).orElseThrow();
        assertEquals(Bias.BEARISH, descending.bias());
        PatternDetection symmetrical = only(run(base(100).to(112, 8).to(100, 8).to(110, 6).to(102, 6).to(108, 5).to(98, 8).build()),
                "symmetrical-triangle", PatternState.CONFIRMED);
        assertEquals(Bias.BEARISH, symmetrical.bias());
    }

    @Test
    void bullFlagAndBearPennant() {
        PatternDetection flag = only(run(base(100).to(100.5, 3).to(120, 8).to(115, 4).to(118, 4).to(113.5, 4).to(126, 6).build()),
                "bull-flag", PatternState.CONFIRMED);
        assertTrue(flag.target() > 135, flag.toString());
        PatternDetection pennant = only(run(base(120).to(119.5, 3).to(100, 8).to(106, 4).to(102, 4).to(105, 4).to(94, 6).build()),
                "bear-pennant", PatternState.CONFIRMED);
        assertEquals(Bias.BEARISH, pennant.bias());
    }

    @Test
    void patternThatBreaksTheWrongWayFails() {
        List<PatternDetection> found = run(base(100).to(112, 10).to(104, 8).to(112.2, 8).to(108, 4).to(118, 8).build());
        assertEquals(Bias.BEARISH, only(found, "double-top", PatternState.FAILED).bias());
    }

    @Test
    void nearMissesDoNotFire() {
        // second top far above the first: a higher high, not a double top
        assertFalse(any(run(base(100).to(112, 10).to(104, 8).to(118, 8).to(98, 12).build()), "double-top"));
        // shoulders far apart: no head and shoulders
        assertFalse(any(run(base(100).to(108, 8).to(104, 6).to(116, 8).to(104, 8).to(113.5, 6).to(96, 10).build()),
                "head-and-shoulders"));
        // consolidation retracing most of the pole: no flag
        assertFalse(any(run(base(100).to(100.5, 3).to(120, 8).to(106, 4).to(112, 4).to(105, 4).to(126, 6).build()), "bull-flag"));
    }

    /** A choppy base of ±1% around {@code level} for 30 bars. */
    private static PricePath base(double level) {
        PricePath path = PricePath.startAt(level);
        for (int i = 0; i < 5; i++) {
            path.to(level * 1.01, 3).to(level * 0.99, 3);
        }
        return path.to(level, 3);
    }

    static List<PatternDetection> run(CandleTable table) {
        ArraySeries series = new ArraySeries(table, 300);
        ChartPatternAnalyzer analyzer = new ChartPatternAnalyzer(ChartSettings.defaults());
        List<PatternDetection> all = new ArrayList<>();
        while (series.advance()) {
            all.addAll(analyzer.onBar(series));
        }
        return all;
    }

    private static boolean any(List<PatternDetection> found, String label) {
        return found.stream().anyMatch(d -> d.pattern().equals(label));
    }

    private static PatternDetection only(List<PatternDetection> found, String label, PatternState state) {
        List<PatternDetection> matches = found.stream().filter(d -> d.pattern().equals(label) && d.state() == state).toList();
        assertEquals(1, matches.size(), label + " " + state + " in " + summary(found));
        return matches.get(0);
    }

    private static String summary(List<PatternDetection> found) {
        return found.stream().map(d -> d.pattern() + ":" + d.state() + "@" + d.time()).toList().toString();
    }
}

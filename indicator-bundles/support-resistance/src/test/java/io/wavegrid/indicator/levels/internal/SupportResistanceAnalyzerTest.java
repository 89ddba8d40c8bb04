package io.wavegrid.indicator.levels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.analysis.api.LevelKind;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.PricePath;

import org.junit.jupiter.api.Test;

class SupportResistanceAnalyzerTest {

    private static final LevelSettings SETTINGS = new LevelSettings("sr", 3, 14, 0.5, 12, 500, 24);

    /**
     * Price swings four times between 100 and 110: one support near 100 (4 touches) and one resistance near 110
     * (3 touches: the first peak is confirmed before ATR is ready, when distances cannot be judged yet).
     */
    @Test
    void rangeGivesOneSupportAndOneResistanceWithTheirTouches() {
        PricePath path = PricePath.startAt(105);
        for (int i = 0; i < 4; i++) {
            path.to(110, 8).to(100, 8);
        }
        List<PriceLevel> levels = run(path.to(105, 4).build());
        assertNotNull(levels);
        PriceLevel support = nearest(levels, 100);
        PriceLevel resistance = nearest(levels, 110);
        assertEquals(LevelKind.SUPPORT, support.kind());
        assertEquals(LevelKind.RESISTANCE, resistance.kind());
        assertEquals(100 * 0.999, support.price(), 0.2);
        assertEquals(110 * 1.001, resistance.price(), 0.2);
        assertEquals(4, support.touches());
        assertEquals(3, resistance.touches(), resistance.toString());
        assertTrue(support.strength() > 0.8, support.toString());
        assertTrue(support.firstSeen() < support.lastTouched());
    }

    @Test
    void brokenResistanceBecomesSupport() {
        PricePath path = PricePath.startAt(105);
        for (int i = 0; i < 3; i++) {
            path.to(110, 8).to(100, 8);
        }
        List<PriceLevel> levels = run(path.to(125, 10).build());
        assertEquals(LevelKind.SUPPORT, nearest(levels, 110).kind());
    }

    @Test
    void listIsReusedWhileNothingChangesAndBadBarsAreRejected() {
        CandleTable table = PricePath.startAt(100).to(110, 10).to(100, 10).to(100.01, 20).build();
        ArraySeries series = new ArraySeries(table, 100);
        SupportResistanceAnalyzer analyzer = new SupportResistanceAnalyzer(SETTINGS);
        List<PriceLevel> previous = null;
        int reused = 0;
        while (series.advance()) {
            List<PriceLevel> levels = analyzer.onBar(series);
            if (levels != null && levels == previous) {
                reused++;
            }
            previous = levels;
        }
        assertTrue(reused > 5, "reused " + reused);
        List<PriceLevel> before = previous;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analyzer.onBar(series));
        assertTrue(e.getMessage().contains("out-of-order"), e.getMessage());
        assertSame(before, previous);
    }

    static List<PriceLevel> run(CandleTable table) {
        ArraySeries series = new ArraySeries(table, 200);
        SupportResistanceAnalyzer analyzer = new SupportResistanceAnalyzer(SETTINGS);
        List<PriceLevel> levels = null;
        while (series.advance()) {
            levels = analyzer.onBar(series);
        }
        return levels;
    }

    private static PriceLevel nearest(List<PriceLevel> levels, double price) {
        return levels.stream().min((a, b) -> Double.compare(Math.abs(a.price() - price), Math.abs(b.price() - price))).orElseThrow();
    }
}

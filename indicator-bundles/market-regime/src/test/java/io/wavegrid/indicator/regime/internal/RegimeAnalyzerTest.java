package io.wavegrid.indicator.regime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;

import io.wavegrid.analysis.api.MarketRegime;
import io.wavegrid.analysis.api.RegimeType;
import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.PricePath;

import org.junit.jupiter.api.Test;

class RegimeAnalyzerTest {

    private static final RegimeSettings SETTINGS = new RegimeSettings("regime", 14, 20, 14, 100, 25, 20, 0.3, 1.25);

    @Test
    void steadyRiseIsTrendingUpAndSteadyFallTrendingDown() {
        assertEquals(RegimeType.TRENDING_UP, last(PricePath.startAt(100).to(101, 100).to(200, 100).build()).type());
        assertEquals(RegimeType.TRENDING_DOWN, last(PricePath.startAt(200).to(199, 100).to(100, 100).build()).type());
    }

    @Test
    void choppyRangeIsRanging() {
        PricePath path = PricePath.startAt(100);
        for (int i = 0; i < 40; i++) {
            path.to(103, 3).to(100, 3);
        }
        MarketRegime regime = last(path.build());
        assertEquals(RegimeType.RANGING, regime.type());
        assertTrue(regime.efficiencyRatio() < 0.3, regime.toString());
    }

    @Test
    void volatilityBurstIsHighVolatility() {
        PricePath path = PricePath.startAt(100);
        for (int i = 0; i < 60; i++) {
            path.to(100.5, 2).to(100, 2);
        }
        for (int i = 0; i < 3; i++) {
            path.to(110, 1).to(100, 1);
        }
        MarketRegime regime = last(path.build());
        assertTrue(regime.highVolatility(), regime.toString());
        assertFalse(last(PricePath.startAt(100).to(101, 300).build()).highVolatility());
    }

    @Test
    void realSeriesVisitsEveryRegime() {
        CandleTable table = CandleTable.btcHourly();
        ArraySeries series = new ArraySeries(table, 10);
        RegimeAnalyzer analyzer = new RegimeAnalyzer(SETTINGS);
        Map<RegimeType, Integer> counts = new EnumMap<>(RegimeType.class);
        int highVolatility = 0;
        while (series.advance()) {
            MarketRegime regime = analyzer.onBar(series);
            if (regime != null) {
                counts.merge(regime.type(), 1, Integer::sum);
                highVolatility += regime.highVolatility() ? 1 : 0;
            }
        }
        for (RegimeType type : RegimeType.values()) {
            assertTrue(counts.getOrDefault(type, 0) > table.size() / 50, type + " seen " + counts);
        }
        assertTrue(highVolatility > table.size() / 50 && highVolatility < table.size() / 2, "high volatility " + highVolatility);
    }

    @Test
    void badSettingsAndOutOfOrderBarsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RegimeSettings("r", 14, 20, 14, 100, 20, 25, 0.3, 1.25));
        CandleTable table = PricePath.startAt(100).to(110, 5).build();
        ArraySeries series = new ArraySeries(table, 10);
        RegimeAnalyzer analyzer = new RegimeAnalyzer(SETTINGS);
        series.advance();
        analyzer.onBar(series);
        assertThrows(IllegalArgumentException.class, () -> analyzer.onBar(series));
    }

    private static MarketRegime last(CandleTable table) {
        ArraySeries series = new ArraySeries(table, 10);
        RegimeAnalyzer analyzer = new RegimeAnalyzer(SETTINGS);
        MarketRegime regime = null;
        while (series.advance()) {
            regime = analyzer.onBar(series);
        }
        return regime;
    }
}

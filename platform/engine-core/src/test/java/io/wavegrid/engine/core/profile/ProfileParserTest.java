package io.wavegrid.engine.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;

import org.junit.jupiter.api.Test;

class ProfileParserTest {

    private static final Set<String> KNOWN = Set.of("rsi-macd", "pvt");

    @Test
    void readsEverySettingAndKeepsSeedWeightsForCategoriesNotNamed() throws Exception {
        StrategyProfile p = ProfileParser.parse("swing", Map.of(
                "weight.technical", "0.5",
                "contributor.pvt.weight", 2,
                "contributors", "rsi-macd, pvt",
                "symbols", "BTCUSDT, eth/usdt",
                "timeframes", new String[] {"1h", "4h"},
                "threshold.score", "0.4",
                "threshold.confidence", 0.7,
                "name", "swing",
                "service.pid", "io.wavegrid.strategy~swing",
                "felix.fileinstall.filename", "file:/x/etc/io.wavegrid.strategy-swing.cfg"), KNOWN);
        assertEquals(0.5, p.weightOf(Category.TECHNICAL));
        assertEquals(0.25, p.weightOf(Category.ELLIOTT));
        assertEquals(Map.of("pvt", 2.0), p.contributorWeights());
        assertEquals(Set.of("rsi-macd", "pvt"), p.contributors());
        assertEquals(Set.of(Symbol.parse("BTC/USDT"), Symbol.parse("ETH/USDT")), p.symbols());
        assertEquals(Set.of(Timeframe.H1, Timeframe.H4), p.timeframes());
        assertEquals(0.4, p.scoreThreshold());
        assertEquals(0.7, p.minConfidence());
    }

    @Test
    void namesEveryProblemInOneMessage() {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileParser.parse("bad", Map.of(
                "weight.technical", "-0.1",
                "weight.astrology", "1",
                "contributor.ghost.weight", "1",
                "symbols", "NOPE",
                "timeframes", "7m",
                "threshold.score", "1.5",
                "weight.volume", "NaN",
                "wieght.patterns", "1",
                "names", "x"), KNOWN));
        for (String expected : List.of("weight.technical: weight must not be negative", "unknown category 'astrology'",
                "unknown contributor 'ghost'", "cannot split symbol 'NOPE'", "unknown timeframe '7m'",
                "threshold.score: must be between 0 and 1", "weight.volume: must be a finite number",
                "wieght.patterns: unknown setting", "names: unknown setting")) {
            assertTrue(e.getMessage().contains(expected), () -> "missing '" + expected + "' in: " + e.getMessage());
        }
    }

    @Test
    void rejectsWeightsThatSumToZero() {
        Map<String, Object> zero = new java.util.HashMap<>();
        for (Category c : Category.values()) {
            zero.put("weight." + c.key(), "0");
        }
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileParser.parse("z", zero, KNOWN));
        assertTrue(e.getMessage().contains("sum to 0"));
    }
}

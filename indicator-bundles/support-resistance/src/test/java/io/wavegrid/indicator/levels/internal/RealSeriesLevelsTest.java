package io.wavegrid.indicator.levels.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.analysis.api.LevelKind;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.CandleTable;

import org.junit.jupiter.api.Test;

/** Robustness on the real BTCUSDT 1h history: no exception, bounded and well-formed levels throughout. */
class RealSeriesLevelsTest {

    @Test
    void levelsStayBoundedAndOnTheRightSideOfPrice() {
        CandleTable table = CandleTable.btcHourly();
        ArraySeries series = new ArraySeries(table, 500);
        SupportResistanceAnalyzer analyzer = new SupportResistanceAnalyzer(new LevelSettings("sr", 5, 14, 0.5, 12, 500, 24));
        int withBothSides = 0;
        while (series.advance()) {
            List<PriceLevel> levels = analyzer.onBar(series);
            if (levels == null) {
                continue;
            }
            assertTrue(levels.size() <= 12);
            boolean support = false;
            boolean resistance = false;
            for (PriceLevel level : levels) {
                boolean below = level.price() <= series.close(0);
                assertTrue(below == (level.kind() == LevelKind.SUPPORT), level + " at close " + series.close(0));
                support |= below;
                resistance |= !below;
            }
            if (support && resistance) {
                withBothSides++;
            }
        }
        assertTrue(withBothSides > table.size() / 2, "support and resistance on both sides only on " + withBothSides + " bars");
    }
}

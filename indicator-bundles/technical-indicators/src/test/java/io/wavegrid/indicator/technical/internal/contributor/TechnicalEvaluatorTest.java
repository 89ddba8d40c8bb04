package io.wavegrid.indicator.technical.internal.contributor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wavegrid.analysis.api.MarketRegime;
import io.wavegrid.analysis.api.RegimeType;
import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.PricePath;
import io.wavegrid.indicator.testkit.TestSnapshot;
import io.wavegrid.signal.api.Evidence;

import org.junit.jupiter.api.Test;

class TechnicalEvaluatorTest {

    private static final TechnicalSettings DEFAULTS = new TechnicalSettings(14, 30, 70, 12, 26, 9, 20, 2);

    /** A calm range then a capitulation: RSI oversold and price under the lower band lean long. */
    @Test
    void capitulationIsAMeanReversionLong() {
        Evidence evidence = last(PricePath.startAt(100).to(101, 30).to(100, 30).to(85, 6).build(), null);
        assertTrue(evidence.score() > 0.2, evidence.toString());
        assertTrue(evidence.reasoning().contains("oversold"), evidence.reasoning());
    }

    /** The words and precision the formatter wrote ({@code %.1f}, {@code %+.4g}, {@code %.2f}) before it was replaced. */
    @Test
    void reasoningReadsAsBefore() {
        assertEquals("RSI 0.3 oversold; MACD histogram -1.568; %B -0.16 below the lower band",
                last(PricePath.startAt(100).to(101, 30).to(100, 30).to(85, 6).build(), null).reasoning());
        assertEquals("RSI 43.0; MACD histogram -0.4428; %B 0.39",
                last(PricePath.startAt(100).to(101, 30).to(100, 30).to(85, 6).to(93, 4).build(), null).reasoning());
        assertEquals("RSI 100.0 overbought; MACD histogram +1.899e-05; %B 0.91",
                last(PricePath.startAt(0.002).to(0.0021, 40).to(0.0026, 20).build(), null).reasoning());
    }

    @Test
    void meanReversionAgainstATrendingRegimeIsLessSure() {
        var table = PricePath.startAt(100).to(101, 30).to(100, 30).to(85, 6).build();
        Evidence plain = last(table, null);
        Evidence againstTrend = last(table, new MarketRegime(RegimeType.TRENDING_DOWN, false, 35, 0.6, 0.01));
        assertTrue(againstTrend.confidence() < plain.confidence(), againstTrend + " vs " + plain);
    }

    @Test
    void warmsUpThenRejectsARepeatedBar() {
        ArraySeries series = new ArraySeries(PricePath.startAt(100).to(110, 60).build(), 100);
        TestSnapshot snapshot = new TestSnapshot(series);
        TechnicalEvaluator evaluator = new TechnicalEvaluator(DEFAULTS);
        series.advance();
        assertNull(evaluator.evaluate(snapshot));
        while (series.advance()) {
            evaluator.evaluate(snapshot);
        }
        assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(snapshot));
    }

    @Test
    void settingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new TechnicalSettings(14, 60, 70, 12, 26, 9, 20, 2));
        assertThrows(IllegalArgumentException.class, () -> new TechnicalSettings(14, 30, 70, 26, 12, 9, 20, 2));
    }

    private static Evidence last(io.wavegrid.indicator.testkit.CandleTable table, MarketRegime regime) {
        ArraySeries series = new ArraySeries(table, 100);
        TestSnapshot snapshot = new TestSnapshot(series).regime(regime);
        TechnicalEvaluator evaluator = new TechnicalEvaluator(DEFAULTS);
        Evidence evidence = null;
        while (series.advance()) {
            evidence = evaluator.evaluate(snapshot);
        }
        assertNotNull(evidence);
        return evidence;
    }
}

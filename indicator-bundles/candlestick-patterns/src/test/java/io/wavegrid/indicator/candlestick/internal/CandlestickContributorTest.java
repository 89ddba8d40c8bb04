package io.wavegrid.indicator.candlestick.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.analysis.api.Bias;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternScore;
import io.wavegrid.analysis.api.PatternState;
import io.wavegrid.analysis.api.PatternType;
import io.wavegrid.analysis.api.Strength;
import io.wavegrid.analysis.api.Trend;
import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.TestSnapshot;
import io.wavegrid.signal.api.Evidence;
import io.wavegrid.signal.api.EvidenceEvaluator;

import org.junit.jupiter.api.Test;

class CandlestickContributorTest {

    @Test
    void bullishDetectionsMakeLongEvidenceAndOtherTypesAreIgnored() {
        TestSnapshot snapshot = new TestSnapshot(new ArraySeries(Bars.ofCloses(new double[] {1}), 1));
        EvidenceEvaluator evaluator = new CandlestickContributor().newEvaluator(null, null);
        assertNull(evaluator.evaluate(snapshot));
        snapshot.patterns(List.of(detection("bullish-engulfing", PatternType.CANDLESTICK, Bias.BULLISH, 0.7),
                detection("doji", PatternType.CANDLESTICK, Bias.NEUTRAL, 0.3),
                detection("double-top", PatternType.CHART, Bias.BEARISH, 0.9)));
        Evidence evidence = evaluator.evaluate(snapshot);
        assertTrue(evidence.score() > 0.2, evidence.toString());
        assertTrue(evidence.reasoning().contains("bullish-engulfing") && !evidence.reasoning().contains("double-top"));
    }

    private static PatternDetection detection(String name, PatternType type, Bias bias, double confidence) {
        return new PatternDetection(name, type, bias, 0, PatternState.CONFIRMED,
                new PatternScore(Strength.MODERATE, confidence, 1, Trend.SIDEWAYS, Double.NaN, Double.NaN), List.of(),
                Double.NaN, Double.NaN, Double.NaN);
    }
}

package io.wavegrid.indicator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.analysis.api.Bias;
import io.wavegrid.analysis.api.LevelKind;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternScore;
import io.wavegrid.analysis.api.PatternState;
import io.wavegrid.analysis.api.PatternType;
import io.wavegrid.analysis.api.Strength;
import io.wavegrid.analysis.api.Trend;
import io.wavegrid.signal.api.Evidence;

import org.junit.jupiter.api.Test;

class PatternEvidenceTest {

    @Test
    void noDetectionOfTheTypeIsNoEvidence() {
        assertNull(PatternEvidence.combine(List.of(), PatternType.CHART));
        assertNull(PatternEvidence.combine(List.of(detection("doji", PatternType.CANDLESTICK, Bias.NEUTRAL,
                PatternState.CONFIRMED, Strength.WEAK, 0.3, Double.NaN, Double.NaN)), PatternType.CHART));
    }

    /** The texts are those the formatter wrote ({@code %.2f} confidence, {@code %.6g} target) before it was replaced. */
    @Test
    void reasoningNamesEachDetectionWithItsStateStrengthConfidenceAndTarget() {
        Evidence evidence = PatternEvidence.combine(List.of(
                detection("double-bottom", PatternType.CHART, Bias.BULLISH, PatternState.CONFIRMED, Strength.STRONG, 0.875,
                        43_251.256, 40_100),
                detection("bear-flag", PatternType.CHART, Bias.BEARISH, PatternState.FORMING, Strength.MODERATE, 0.125,
                        0.000123456789, Double.NaN),
                detection("doji", PatternType.CANDLESTICK, Bias.NEUTRAL, PatternState.CONFIRMED, Strength.WEAK, 0.3,
                        Double.NaN, Double.NaN),
                detection("rising-wedge", PatternType.CHART, Bias.BEARISH, PatternState.FAILED, Strength.WEAK, 0.605,
                        Double.NaN, Double.NaN)), PatternType.CHART);
        assertEquals("double-bottom confirmed (strong, 0.88, target 43251.3); "
                + "bear-flag forming (moderate, 0.13, target 0.000123457); rising-wedge failed (weak, 0.61)",
                evidence.reasoning());
        assertTrue(evidence.score() > 0, evidence.toString());
        assertEquals(List.of(LevelKind.TARGET, LevelKind.INVALIDATION, LevelKind.TARGET),
                evidence.levels().stream().map(l -> l.kind()).toList());
    }

    @Test
    void anEvaluatorsBuilderIsClearedForEachBar() {
        StringBuilder text = new StringBuilder("left over");
        List<PatternDetection> bar = List.of(detection("hammer", PatternType.CANDLESTICK, Bias.BULLISH,
                PatternState.CONFIRMED, Strength.MODERATE, 0.5, Double.NaN, Double.NaN));
        assertEquals("hammer confirmed (moderate, 0.50)", PatternEvidence.combine(bar, PatternType.CANDLESTICK, text).reasoning());
        assertEquals("hammer confirmed (moderate, 0.50)", PatternEvidence.combine(bar, PatternType.CANDLESTICK, text).reasoning());
        assertNull(PatternEvidence.combine(List.of(), PatternType.CANDLESTICK, text));
    }

    private static PatternDetection detection(String name, PatternType type, Bias bias, PatternState state,
                                              Strength strength, double confidence, double target, double invalidation) {
        return new PatternDetection(name, type, bias, 0, state,
                new PatternScore(strength, confidence, 1, Trend.SIDEWAYS, Double.NaN, Double.NaN), List.of(),
                Double.NaN, target, invalidation);
    }
}

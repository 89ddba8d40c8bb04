package io.wavegrid.indicator.wavetrend.internal;

import io.wavegrid.analysis.api.AnalysisSnapshot;
import io.wavegrid.indicator.core.DecimalText;
import io.wavegrid.indicator.core.Scores;
import io.wavegrid.signal.api.Evidence;
import io.wavegrid.signal.api.EvidenceEvaluator;

/**
 * A cross of wt1 over wt2 is the signal; it counts fully when it happens in the zone that agrees with it
 * (a bullish cross while oversold). Between crosses only a weak lean with the wt1 − wt2 momentum remains.
 */
final class WaveTrendEvaluator implements EvidenceEvaluator {

    private final WaveTrendCalculator waveTrend;
    private final WaveTrendZones zones;
    /** The sentence of every bar is written here: an evaluator serves one series on one shard thread. */
    private final StringBuilder text = new StringBuilder(80);
    private double previousGap = Double.NaN;

    WaveTrendEvaluator(WaveTrendCalculator waveTrend, WaveTrendZones zones) {
        this.waveTrend = waveTrend;
        this.zones = zones;
    }

    @Override
    public Evidence evaluate(AnalysisSnapshot snapshot) {
        waveTrend.update(snapshot.series());
        if (!waveTrend.isReady()) {
            return null;
        }
        double wt1 = waveTrend.value(WaveTrendCalculator.WT1);
        double gap = wt1 - waveTrend.value(WaveTrendCalculator.WT2);
        double before = previousGap;
        previousGap = gap;
        if (Double.isNaN(before)) {
            return null;
        }
        double lean = zones.reversalLean(wt1);
        if (before <= 0 && gap > 0) {
            double zone = Math.max(lean, 0);
            return evidence(0.4 + 0.6 * zone, 0.5 + 0.4 * zone, "bullish cross", wt1, gap);
        }
        if (before >= 0 && gap < 0) {
            double zone = Math.max(-lean, 0);
            return evidence(-(0.4 + 0.6 * zone), 0.5 + 0.4 * zone, "bearish cross", wt1, gap);
        }
        return evidence(0.25 * Scores.score(gap / 10), 0.25, gap > 0 ? "rising" : "falling", wt1, gap);
    }

    private Evidence evidence(double score, double confidence, String what, double wt1, double gap) {
        String zone = wt1 <= zones.oversold2() ? " in the oversold zone" : wt1 >= zones.overbought2() ? " in the overbought zone" : "";
        text.setLength(0);
        DecimalText.fixed(text.append("WaveTrend ").append(what).append(zone).append(": wt1 "), wt1, 1);
        DecimalText.signedFixed(text.append(", wt1-wt2 "), gap, 1);
        return new Evidence(Scores.score(score), Scores.confidence(confidence), text.toString());
    }
}

package io.wavegrid.indicator.chart.internal;

import io.wavegrid.analysis.api.Bias;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternScore;
import io.wavegrid.analysis.api.PatternState;
import io.wavegrid.analysis.api.PatternType;
import io.wavegrid.analysis.api.Strength;
import io.wavegrid.analysis.api.Trend;
import io.wavegrid.indicator.core.Scores;
import io.wavegrid.market.api.CandleSeries;

/**
 * Builds the published detection of a formation. Confidence is the pattern's reliability scaled by how clean
 * the shape is; a breakout on heavy volume (1.5× average) adds 0.1. The breakout level is the trigger line
 * at this bar and the target the measured move from it.
 */
final class Detections {

    private Detections() {
    }

    static PatternDetection of(Formation f, Bias direction, PatternState state, CandleSeries series, long bar,
                               double relativeVolume) {
        double upper = f.upper() == null ? Double.NaN : f.upper().at(bar);
        double lower = f.lower() == null ? Double.NaN : f.lower().at(bar);
        boolean bullish = direction == Bias.BULLISH;
        double breakout = direction == Bias.NEUTRAL ? Double.NaN : bullish ? upper : lower;
        double target = Double.isNaN(breakout) ? Double.NaN : bullish ? breakout + f.height() : breakout - f.height();
        double confidence = f.pattern().reliability() * (0.7 + 0.3 * Scores.confidence(f.quality()));
        if (state == PatternState.CONFIRMED && relativeVolume > 1.5) {
            confidence += 0.1;
        }
        confidence = Scores.clamp(confidence, 0.05, 0.95);
        Strength strength = confidence >= 0.7 ? Strength.STRONG : confidence >= 0.5 ? Strength.MODERATE : Strength.WEAK;
        Trend trend = direction == Bias.BULLISH ? Trend.UP : direction == Bias.BEARISH ? Trend.DOWN : Trend.SIDEWAYS;
        double close = series.close(0);
        PatternScore score = new PatternScore(strength, confidence, relativeVolume, trend,
                lower <= close ? lower : Double.NaN, upper > close ? upper : Double.NaN);
        return new PatternDetection(f.pattern().label(), PatternType.CHART, direction, series.openTime(0), state, score,
                f.keyPoints(), breakout, target > 0 ? target : Double.NaN, f.invalidation());
    }
}

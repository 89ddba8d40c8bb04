package io.wavegrid.indicator.candlestick.internal;

import io.wavegrid.analysis.api.Bias;
import io.wavegrid.analysis.api.PatternScore;
import io.wavegrid.analysis.api.Strength;
import io.wavegrid.analysis.api.Trend;
import io.wavegrid.indicator.core.Scores;

/**
 * Confidence of a detection: the pattern's prior reliability, raised when a reversal pattern meets the trend
 * it reverses (lowered when it does not), when volume is heavy, and when a bullish pattern sits on support or
 * a bearish one under resistance (within one ATR).
 */
final class CandleScorer {

    private CandleScorer() {
    }

    static PatternScore score(CandlePattern pattern, Trend trend, double relativeVolume, double close, double support,
                              double resistance, double atr) {
        double confidence = pattern.reliability() + trendAdjustment(pattern, trend);
        if (relativeVolume > 1.5) {
            confidence += 0.1;
        } else if (relativeVolume < 0.7) {
            confidence -= 0.1;
        }
        boolean nearSupport = close - support <= atr;
        boolean nearResistance = resistance - close <= atr;
        if (pattern.bias() == Bias.BULLISH && nearSupport || pattern.bias() == Bias.BEARISH && nearResistance) {
            confidence += 0.1;
        }
        confidence = Scores.clamp(confidence, 0.05, 0.95);
        Strength strength = confidence >= 0.7 ? Strength.STRONG : confidence >= 0.5 ? Strength.MODERATE : Strength.WEAK;
        return new PatternScore(strength, confidence, relativeVolume, trend, support, resistance);
    }

    private static double trendAdjustment(CandlePattern pattern, Trend trend) {
        if (pattern.bias() == Bias.NEUTRAL || trend == Trend.SIDEWAYS) {
            return 0;
        }
        boolean trendUp = trend == Trend.UP;
        boolean bullish = pattern.bias() == Bias.BULLISH;
        if (pattern.reversal()) {
            return bullish != trendUp ? 0.15 : -0.15;
        }
        return bullish == trendUp ? 0.1 : -0.05;
    }
}

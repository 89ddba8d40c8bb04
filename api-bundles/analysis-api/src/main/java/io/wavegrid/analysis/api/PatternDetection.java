package io.wavegrid.analysis.api;

import java.util.List;

/**
 * One detected pattern.
 *
 * @param time          open time of the bar on which the detection was made or changed state
 * @param breakoutLevel neckline or breakout level; NaN for candlestick patterns
 * @param target        measured-move target; NaN when the pattern has none
 * @param invalidation  price beyond which the pattern is void; NaN when the pattern has none
 */
public record PatternDetection(String pattern, PatternType type, Bias bias, long time, PatternState state,
                               PatternScore score, List<KeyPoint> keyPoints,
                               double breakoutLevel, double target, double invalidation) {

    public PatternDetection {
        if (pattern == null || pattern.isBlank() || type == null || bias == null || state == null || score == null) {
            throw new IllegalArgumentException("pattern detection needs a name, type, bias, state and score");
        }
        keyPoints = List.copyOf(keyPoints);
    }
}

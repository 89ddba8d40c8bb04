package io.wavegrid.indicator.chart.internal;

import java.util.List;

import io.wavegrid.analysis.api.KeyPoint;

/**
 * A pattern whose structure is complete and which now waits for its breakout.
 *
 * @param upper        line whose close above confirms a bullish (or neutral) pattern; null if none
 * @param lower        line whose close below confirms a bearish (or neutral) pattern; null if none
 * @param height       measured move added to the breakout level for the target
 * @param invalidation close beyond it (above for bearish, below for bullish) fails the pattern; NaN if none
 * @param quality      0 to 1, how cleanly the structure matches the ideal shape
 * @param firstBar     bar index of the first key point, identifies the formation
 * @param deadlineBar  without breakout by this bar the pattern has failed
 */
record Formation(ChartPattern pattern, Line upper, Line lower, double height, double invalidation, double quality,
                 List<KeyPoint> keyPoints, long firstBar, long deadlineBar) {
}

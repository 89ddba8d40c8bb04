package io.wavegrid.indicator.candlestick.internal;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.analysis.api.KeyPoint;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternScore;
import io.wavegrid.analysis.api.PatternState;
import io.wavegrid.analysis.api.PatternType;
import io.wavegrid.analysis.api.SeriesAnalyzer;
import io.wavegrid.analysis.api.Trend;
import io.wavegrid.indicator.core.BarGuard;
import io.wavegrid.market.api.CandleSeries;

/**
 * Candlestick patterns completing on the bar that just closed; each is CONFIRMED at once (its last bar has
 * closed). Allocates only when something is found.
 */
final class CandlestickAnalyzer implements SeriesAnalyzer<List<PatternDetection>> {

    private static final CandlePattern[] PATTERNS = CandlePattern.values();

    private final BarGuard guard = new BarGuard();
    private final CandleContext context = new CandleContext();
    private final Trend[] trendBefore = new Trend[4];

    @Override
    public List<PatternDetection> onBar(CandleSeries series) {
        guard.accept(series);
        List<PatternDetection> found = null;
        double averageBody = context.averageBody();
        for (int bars = 1; bars <= 3; bars++) {
            trendBefore[bars] = CandleContext.trendBefore(series, bars);
        }
        for (CandlePattern pattern : PATTERNS) {
            if (series.size() < pattern.bars() || !fullBars(series, pattern.bars())) {
                continue;
            }
            Trend trend = trendBefore[pattern.bars()];
            if (CandleRules.matches(pattern, series, trend, averageBody)) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(detection(pattern, series, trend));
            }
        }
        context.update(series);
        return found == null ? List.of() : found;
    }

    /** Every bar of the pattern has a range; a zero-range bar only forms a doji. */
    private static boolean fullBars(CandleSeries series, int bars) {
        for (int k = bars == 1 ? 1 : 0; k < bars; k++) {
            if (!(series.high(k) > series.low(k))) {
                return false;
            }
        }
        return true;
    }

    private PatternDetection detection(CandlePattern pattern, CandleSeries series, Trend trend) {
        double close = series.close(0);
        double volume = 0;
        for (int k = 0; k < pattern.bars(); k++) {
            volume += series.volume(k);
        }
        PatternScore score = CandleScorer.score(pattern, trend, context.relativeVolume(volume / pattern.bars()), close,
                context.nearestSupport(close), context.nearestResistance(close), context.atr());
        List<KeyPoint> points = new ArrayList<>(pattern.bars());
        for (int k = pattern.bars() - 1; k >= 0; k--) {
            points.add(new KeyPoint("bar " + (pattern.bars() - k), series.openTime(k), series.close(k)));
        }
        return new PatternDetection(pattern.label(), PatternType.CANDLESTICK, pattern.bias(), series.openTime(0),
                PatternState.CONFIRMED, score, points, Double.NaN, Double.NaN, Double.NaN);
    }
}

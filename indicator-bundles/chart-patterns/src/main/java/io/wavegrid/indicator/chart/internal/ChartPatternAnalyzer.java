package io.wavegrid.indicator.chart.internal;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.analysis.api.Bias;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternState;
import io.wavegrid.analysis.api.SeriesAnalyzer;
import io.wavegrid.indicator.core.AverageTrueRange;
import io.wavegrid.indicator.core.BarGuard;
import io.wavegrid.indicator.core.RollingWindow;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.core.SwingPivots;
import io.wavegrid.market.api.CandleSeries;

/**
 * Chart patterns of one series. Swing points feed a zigzag; when it changes, the scanners look for a
 * structure ending at its latest point (most specific first) and report it FORMING. Each forming pattern then
 * waits for a close through its breakout line (CONFIRMED, with the measured-move target) or beyond its
 * invalidation level, or for its deadline (FAILED). Returns the detections that changed on the bar.
 */
final class ChartPatternAnalyzer implements SeriesAnalyzer<List<PatternDetection>> {

    private static final int MAX_ACTIVE = 8;

    private final ChartSettings settings;
    private final BarGuard guard = new BarGuard();
    private final AverageTrueRange atr;
    private final SwingPivots swings;
    private final PivotSequence zigzag = new PivotSequence(8);
    private final RollingWindow volumes = new RollingWindow(20);
    private final List<Formation> active = new ArrayList<>(MAX_ACTIVE);
    private long lastFormationFirstBar = -1;
    private ChartPattern lastFormationPattern;

    ChartPatternAnalyzer(ChartSettings settings) {
        this.settings = settings;
        atr = new AverageTrueRange(settings.atrPeriod(), Seeding.SMA);
        swings = new SwingPivots(settings.pivotBars(), settings.pivotBars());
    }

    @Override
    public List<PatternDetection> onBar(CandleSeries series) {
        guard.accept(series);
        double close = series.close(0);
        double relativeVolume = volumes.size() >= 5 && volumes.mean() > 0 ? series.volume(0) / volumes.mean() : Double.NaN;
        volumes.add(series.volume(0));
        atr.update(series.high(0), series.low(0), close);
        swings.update(series.openTime(0), series.high(0), series.low(0));
        if (!atr.isReady()) {
            return List.of();
        }
        long bar = swings.bars() - 1;
        List<PatternDetection> changed = resolve(series, bar, close, relativeVolume);
        boolean moved = false;
        double minimumSwing = settings.minSwingAtr() * atr.value();
        if (swings.highConfirmed()) {
            moved = zigzag.offer(new Pivot(true, swings.pivotHigh(), swings.pivotHighTime(), swings.pivotHighBar()), minimumSwing);
        }
        if (swings.lowConfirmed()) {
            moved |= zigzag.offer(new Pivot(false, swings.pivotLow(), swings.pivotLowTime(), swings.pivotLowBar()), minimumSwing);
        }
        if (moved) {
            Formation formation = scan(bar);
            if (formation != null && isNew(formation)) {
                if (active.size() == MAX_ACTIVE) {
                    active.remove(0);
                }
                active.add(formation);
                changed = add(changed, Detections.of(formation, formation.pattern().bias(), PatternState.FORMING, series, bar,
                        relativeVolume));
            }
        }
        return changed == null ? List.of() : changed;
    }

    private Formation scan(long bar) {
        double a = atr.value();
        Formation found = ReversalScanner.headAndShoulders(zigzag, a, settings, bar);
        if (found == null) {
            found = ContinuationScanner.flagOrPennant(zigzag, a, settings, bar);
        }
        if (found == null) {
            found = ContinuationScanner.triangle(zigzag, a, settings, bar);
        }
        return found != null ? found : ReversalScanner.doubleTopOrBottom(zigzag, a, settings, bar);
    }

    /**
     * A zigzag point replaced by a more extreme one re-finds the same structure, and a structure one swing
     * longer overlaps a pattern still waiting for its breakout: report each pattern once.
     */
    private boolean isNew(Formation formation) {
        if (formation.pattern() == lastFormationPattern && formation.firstBar() == lastFormationFirstBar) {
            return false;
        }
        long start = formation.keyPoints().get(0).time();
        for (Formation waiting : active) {
            if (waiting.pattern() == formation.pattern()
                    && start <= waiting.keyPoints().get(waiting.keyPoints().size() - 1).time()) {
                return false;
            }
        }
        lastFormationPattern = formation.pattern();
        lastFormationFirstBar = formation.firstBar();
        return true;
    }

    private List<PatternDetection> resolve(CandleSeries series, long bar, double close, double relativeVolume) {
        List<PatternDetection> changed = null;
        for (int i = active.size() - 1; i >= 0; i--) {
            Formation f = active.get(i);
            Bias bias = f.pattern().bias();
            boolean up = bias != Bias.BEARISH && f.upper() != null && close > f.upper().at(bar);
            boolean down = bias != Bias.BULLISH && f.lower() != null && close < f.lower().at(bar);
            boolean invalid = bias == Bias.BULLISH ? close < f.invalidation() : bias == Bias.BEARISH && close > f.invalidation();
            if (up || down) {
                changed = add(changed, Detections.of(f, up ? Bias.BULLISH : Bias.BEARISH, PatternState.CONFIRMED, series, bar,
                        relativeVolume));
            } else if (invalid || bar > f.deadlineBar()) {
                changed = add(changed, Detections.of(f, bias, PatternState.FAILED, series, bar, relativeVolume));
            } else {
                continue;
            }
            active.remove(i);
        }
        return changed;
    }

    private static List<PatternDetection> add(List<PatternDetection> list, PatternDetection detection) {
        List<PatternDetection> result = list == null ? new ArrayList<>(2) : list;
        result.add(detection);
        return result;
    }
}

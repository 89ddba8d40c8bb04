package io.wavegrid.indicator.levels.internal;

import java.util.List;

import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.analysis.api.SeriesAnalyzer;
import io.wavegrid.indicator.core.AverageTrueRange;
import io.wavegrid.indicator.core.BarGuard;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.core.SwingPivots;
import io.wavegrid.market.api.CandleSeries;

/**
 * Support and resistance of one series: swing pivots, confirmed {@code pivotBars} after they happen, are
 * clustered into levels by ATR-scaled distance. Returns the same list instance until a level is added,
 * touched, crossed or expired, or the refresh interval passes; {@code null} until ATR is ready.
 */
final class SupportResistanceAnalyzer implements SeriesAnalyzer<List<PriceLevel>> {

    private final LevelSettings settings;
    private final BarGuard guard = new BarGuard();
    private final AverageTrueRange atr;
    private final SwingPivots pivots;
    private final LevelBook book;
    private List<PriceLevel> published;
    private int publishedBelow = -1;
    private long publishedBar;

    SupportResistanceAnalyzer(LevelSettings settings) {
        this.settings = settings;
        atr = new AverageTrueRange(settings.atrPeriod(), Seeding.SMA);
        pivots = new SwingPivots(settings.pivotBars(), settings.pivotBars());
        book = new LevelBook(settings.maxLevels(), settings.maxAgeBars());
    }

    @Override
    public List<PriceLevel> onBar(CandleSeries series) {
        guard.accept(series);
        double close = series.close(0);
        atr.update(series.high(0), series.low(0), close);
        pivots.update(series.openTime(0), series.high(0), series.low(0));
        long bar = pivots.bars() - 1;
        if (!atr.isReady()) {
            return null;
        }
        double tolerance = settings.clusterAtr() * atr.value();
        boolean changed = book.expire(bar);
        if (pivots.highConfirmed()) {
            book.addPivot(pivots.pivotHigh(), pivots.pivotHighTime(), pivots.pivotHighBar(), tolerance);
            changed = true;
        }
        if (pivots.lowConfirmed()) {
            book.addPivot(pivots.pivotLow(), pivots.pivotLowTime(), pivots.pivotLowBar(), tolerance);
            changed = true;
        }
        int below = book.levelsAtOrBelow(close);
        if (changed || below != publishedBelow || published == null || bar - publishedBar >= settings.refreshBars()) {
            published = book.publish(close, bar);
            publishedBelow = below;
            publishedBar = bar;
        }
        return published;
    }
}

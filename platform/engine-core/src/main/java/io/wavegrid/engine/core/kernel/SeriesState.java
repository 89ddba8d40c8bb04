package io.wavegrid.engine.core.kernel;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.analysis.api.MarketRegime;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.analysis.api.WaveCount;
import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleSeries;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * Everything the kernel keeps for one symbol and timeframe: the candle history and each plugin's
 * instance. Owned by one shard thread; never touched by another.
 */
final class SeriesState implements BarContext {

    private final CandleRing history;
    private final SnapshotView snapshot = new SnapshotView();
    private final List<PluginSlot> indicators = new ArrayList<>();
    private final List<PluginSlot> analyzers = new ArrayList<>();
    private final List<PluginSlot> evaluators = new ArrayList<>();
    private final AtrTracker atr = new AtrTracker();
    private long lastOpenTime = Long.MIN_VALUE;
    private Candle current;

    SeriesState(Symbol symbol, Timeframe timeframe, int capacity) {
        history = new CandleRing(symbol, timeframe, capacity);
    }

    /** False for a candle at or before the newest one: a duplicate or out-of-order delivery. */
    boolean isNext(Candle candle) {
        return candle.openTime() > lastOpenTime;
    }

    /** Runs every plugin on a new closed candle: indicators, then analyzers, then evidence evaluators. */
    void process(Candle candle) {
        lastOpenTime = candle.openTime();
        current = candle;
        atr.update(candle);
        history.add(candle);
        snapshot.reset(history);
        for (PluginSlot slot : indicators) {
            slot.update(candle);
            slot.entry().processed(candle.openTime());
        }
        for (PluginSlot slot : analyzers) {
            publish(slot.entry().kind(), slot.analyze(history));
            slot.entry().processed(candle.openTime());
        }
        for (PluginSlot slot : evaluators) {
            slot.evaluate(snapshot);
            slot.entry().processed(candle.openTime());
        }
    }

    @SuppressWarnings("unchecked")
    private void publish(PluginKind kind, Object result) {
        if (result == null) {
            return;
        }
        switch (kind) {
            case PATTERN_DETECTOR -> snapshot.addPatterns((List<PatternDetection>) result);
            case WAVE_ANALYZER -> snapshot.addWave((WaveCount) result);
            case LEVEL_PROVIDER -> snapshot.addLevels((List<PriceLevel>) result);
            case REGIME_DETECTOR -> snapshot.setRegime((MarketRegime) result);
            default -> throw new IllegalStateException("not an analyzer: " + kind);
        }
    }

    /**
     * Gives a plugin its instance on this series and replays the history into it, so it is ready on the
     * next candle instead of after its whole warm-up period.
     */
    void attach(PluginEntry entry) {
        PluginSlot slot = PluginSlot.create(entry, history.symbol(), history.timeframe());
        if (slot == null) {
            return;
        }
        warmUp(slot);
        switch (entry.kind()) {
            case INDICATOR -> {
                indicators.add(slot);
                snapshot.putIndicator(slot);
            }
            case SIGNAL_CONTRIBUTOR -> evaluators.add(slot);
            default -> analyzers.add(slot);
        }
    }

    private void warmUp(PluginSlot slot) {
        int bars = history.size();
        switch (slot.entry().kind()) {
            case INDICATOR -> {
                for (int ago = bars - 1; ago >= 0; ago--) {
                    slot.update(history.candle(ago));
                }
            }
            case SIGNAL_CONTRIBUTOR -> {
                int from = Math.min(bars, slot.entry().warmupBars()) - 1;
                for (int ago = from; ago >= 0; ago--) {
                    slot.evaluate(SnapshotView.historical(history.view(ago)));
                }
                slot.clearEvidence();
            }
            default -> {
                for (int ago = bars - 1; ago >= 0; ago--) {
                    slot.analyze(history.view(ago));
                }
            }
        }
    }

    void detach(PluginEntry entry) {
        indicators.removeIf(s -> s.entry() == entry);
        analyzers.removeIf(s -> s.entry() == entry);
        evaluators.removeIf(s -> s.entry() == entry);
        if (entry.kind() == PluginKind.INDICATOR) {
            snapshot.removeIndicator(entry.name());
        }
    }

    List<PluginSlot> evaluators() {
        return evaluators;
    }

    CandleSeries history() {
        return history;
    }

    @Override
    public Candle candle() {
        return current;
    }

    @Override
    public double atr() {
        return atr.value();
    }

    @Override
    public List<PriceLevel> levels() {
        return snapshot.levels();
    }
}

package io.wavegrid.engine.core.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.analysis.api.AnalysisSnapshot;
import io.wavegrid.analysis.api.MarketRegime;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.analysis.api.WaveCount;
import io.wavegrid.market.api.CandleSeries;

/** The analysis results of one series for the bar being processed; reused bar after bar. */
final class SnapshotView implements AnalysisSnapshot {

    private final Map<String, PluginSlot> indicators = new HashMap<>();
    private final List<PatternDetection> patterns = new ArrayList<>();
    private final List<WaveCount> waves = new ArrayList<>();
    private final List<PriceLevel> levels = new ArrayList<>();
    private final List<PatternDetection> patternsView = Collections.unmodifiableList(patterns);
    private final List<WaveCount> wavesView = Collections.unmodifiableList(waves);
    private final List<PriceLevel> levelsView = Collections.unmodifiableList(levels);
    private CandleSeries series;
    private MarketRegime regime;

    void putIndicator(PluginSlot slot) {
        indicators.put(slot.entry().name(), slot);
    }

    void removeIndicator(String name) {
        indicators.remove(name);
    }

    /** Starts a new bar: results of the previous one are dropped, indicator values stay live. */
    void reset(CandleSeries current) {
        series = current;
        patterns.clear();
        waves.clear();
        levels.clear();
        regime = null;
    }

    void addPatterns(List<PatternDetection> found) {
        patterns.addAll(found);
    }

    void addWave(WaveCount count) {
        waves.add(count);
    }

    void addLevels(List<PriceLevel> found) {
        levels.addAll(found);
    }

    void setRegime(MarketRegime current) {
        regime = current;
    }

    @Override
    public CandleSeries series() {
        return series;
    }

    @Override
    public double indicator(String indicator, int output) {
        PluginSlot slot = indicators.get(indicator);
        return slot == null ? Double.NaN : slot.indicatorValue(output);
    }

    @Override
    public List<PatternDetection> patterns() {
        return patternsView;
    }

    @Override
    public List<WaveCount> waves() {
        return wavesView;
    }

    @Override
    public List<PriceLevel> levels() {
        return levelsView;
    }

    @Override
    public MarketRegime regime() {
        return regime;
    }

    /** A snapshot of a past bar for warming up a contributor: only the series is known. */
    static AnalysisSnapshot historical(CandleSeries past) {
        SnapshotView view = new SnapshotView();
        view.reset(past);
        return view;
    }
}

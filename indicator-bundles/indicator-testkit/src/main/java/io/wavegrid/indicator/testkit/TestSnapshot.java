package io.wavegrid.indicator.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.analysis.api.AnalysisSnapshot;
import io.wavegrid.analysis.api.MarketRegime;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.analysis.api.WaveCount;
import io.wavegrid.market.api.CandleSeries;

/** A mutable {@link AnalysisSnapshot} that tests fill in bar by bar, as the engine would. */
public final class TestSnapshot implements AnalysisSnapshot {

    private final CandleSeries series;
    private final Map<String, double[]> indicators = new HashMap<>();
    private final List<PatternDetection> patterns = new ArrayList<>();
    private final List<PriceLevel> levels = new ArrayList<>();
    private MarketRegime regime;

    public TestSnapshot(CandleSeries series) {
        this.series = series;
    }

    public TestSnapshot indicator(String name, double... values) {
        indicators.put(name, values.clone());
        return this;
    }

    public TestSnapshot patterns(List<PatternDetection> detections) {
        patterns.clear();
        if (detections != null) {
            patterns.addAll(detections);
        }
        return this;
    }

    public TestSnapshot levels(List<PriceLevel> current) {
        levels.clear();
        if (current != null) {
            levels.addAll(current);
        }
        return this;
    }

    public TestSnapshot regime(MarketRegime current) {
        regime = current;
        return this;
    }

    @Override
    public CandleSeries series() {
        return series;
    }

    @Override
    public double indicator(String indicator, int output) {
        double[] values = indicators.get(indicator);
        return values == null || output >= values.length ? Double.NaN : values[output];
    }

    @Override
    public List<PatternDetection> patterns() {
        return List.copyOf(patterns);
    }

    @Override
    public List<WaveCount> waves() {
        return List.of();
    }

    @Override
    public List<PriceLevel> levels() {
        return List.copyOf(levels);
    }

    @Override
    public MarketRegime regime() {
        return regime;
    }
}

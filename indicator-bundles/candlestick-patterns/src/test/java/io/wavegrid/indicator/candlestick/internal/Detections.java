package io.wavegrid.indicator.candlestick.internal;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.CandleTable;

/** Runs the analyzer over a table and keeps, per bar, the labels detected there. */
final class Detections {

    private Detections() {
    }

    static List<List<PatternDetection>> perBar(CandleTable table) {
        ArraySeries series = new ArraySeries(table, 100);
        CandlestickAnalyzer analyzer = new CandlestickAnalyzer();
        List<List<PatternDetection>> result = new ArrayList<>();
        while (series.advance()) {
            result.add(analyzer.onBar(series));
        }
        return result;
    }

    static boolean detectedAt(List<List<PatternDetection>> perBar, int bar, String label) {
        return perBar.get(bar).stream().anyMatch(d -> d.pattern().equals(label));
    }

    static boolean detectedAnywhere(List<List<PatternDetection>> perBar, String label) {
        return perBar.stream().flatMap(List::stream).anyMatch(d -> d.pattern().equals(label));
    }
}

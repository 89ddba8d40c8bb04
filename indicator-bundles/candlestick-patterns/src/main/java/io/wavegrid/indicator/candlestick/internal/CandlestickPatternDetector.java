package io.wavegrid.indicator.candlestick.internal;

import java.util.List;

import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternDetector;
import io.wavegrid.analysis.api.SeriesAnalyzer;

import org.osgi.service.component.annotations.Component;

/**
 * Doji, spinning top, marubozu, hammer/hanging man, shooting star/inverted hammer, engulfing, harami, piercing
 * line, dark cloud cover, morning/evening star, three white soldiers and three black crows.
 */
@Component(service = PatternDetector.class)
public final class CandlestickPatternDetector implements PatternDetector {

    @Override
    public String name() {
        return "candlestick-patterns";
    }

    @Override
    public SeriesAnalyzer<List<PatternDetection>> newAnalyzer() {
        return new CandlestickAnalyzer();
    }
}

package io.wavegrid.analysis.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Finds candlestick or chart patterns. Each analyzer returns the detections that changed on the bar. */
@ConsumerType
public interface PatternDetector {

    String name();

    SeriesAnalyzer<List<PatternDetection>> newAnalyzer();
}

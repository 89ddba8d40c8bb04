package io.wavegrid.analysis.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Counts Elliott waves; the analyzer returns the preferred count after each bar. */
@ConsumerType
public interface WaveAnalyzer {

    String name();

    SeriesAnalyzer<WaveCount> newAnalyzer();
}

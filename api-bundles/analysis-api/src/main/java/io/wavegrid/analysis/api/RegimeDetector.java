package io.wavegrid.analysis.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Classifies the market regime so strategies and the signal engine can weight by it. */
@ConsumerType
public interface RegimeDetector {

    String name();

    SeriesAnalyzer<MarketRegime> newAnalyzer();
}

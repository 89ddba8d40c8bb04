package io.wavegrid.analysis.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Publishes price levels: support and resistance, Fibonacci retracements and extensions, pivots, targets. */
@ConsumerType
public interface LevelProvider {

    String name();

    SeriesAnalyzer<List<PriceLevel>> newAnalyzer();
}

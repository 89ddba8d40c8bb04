package io.wavegrid.analysis.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A technical indicator registered as a service. Parameters come from the component's configuration;
 * each {@link #newCalculator()} captures the parameters current at that moment.
 */
@ConsumerType
public interface Indicator {

    /** Unique name, e.g. "rsi-14"; results are published under it. */
    String name();

    /** Names of the outputs, e.g. ["macd", "signal", "histogram"]; index i is {@code value(i)}. */
    List<String> outputs();

    /** Closed bars needed before the first valid value. */
    int warmupPeriod();

    IndicatorCalculator newCalculator();
}

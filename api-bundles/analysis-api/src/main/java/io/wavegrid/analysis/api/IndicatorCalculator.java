package io.wavegrid.analysis.api;

import io.wavegrid.market.api.Candle;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Incremental state of one indicator on one series: O(1) work and no allocation per {@link #update}.
 */
@ConsumerType
public interface IndicatorCalculator {

    /** Folds in the next closed candle of the series. */
    void update(Candle candle);

    /** True once the warm-up period has passed and values are meaningful. */
    boolean isReady();

    /** Value of output {@code output}; NaN before ready. */
    double value(int output);
}

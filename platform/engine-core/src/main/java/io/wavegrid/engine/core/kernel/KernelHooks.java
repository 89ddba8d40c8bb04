package io.wavegrid.engine.core.kernel;

import io.wavegrid.market.api.Candle;

/** Called on the shard thread for each new (not duplicate) closed candle, before any analysis of it and after all of it. */
@FunctionalInterface
public interface KernelHooks {

    KernelHooks NONE = candle -> {
    };

    void beforeAnalysis(Candle candle);

    /** After the candle's analysis and the signals of every profile it closed for. */
    default void afterAnalysis(Candle candle) {
    }
}

package io.wavegrid.engine.api;

/**
 * Counters of the kernel since it started.
 *
 * @param duplicatesSkipped candles at or before the last candle of their series, skipped
 * @param queued            candles and commands waiting in the shards' queues
 */
public record EngineStatus(boolean running, int shards, long candlesProcessed, long duplicatesSkipped, long queued,
                           long pluginErrors) {
}

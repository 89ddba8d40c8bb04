package io.wavegrid.engine.api;

/**
 * Counters of the kernel since it started.
 *
 * @param candlesProcessed  candles whose bar is done: analysed, aggregated and heard by the execution side (its bar
 *                          writes included), so a count reached with nothing queued means their effects can be read
 * @param duplicatesSkipped candles at or before the last candle of their series, skipped
 * @param queued            candles and commands waiting in the shards' queues
 */
public record EngineStatus(boolean running, int shards, long candlesProcessed, long duplicatesSkipped, long queued,
                           long pluginErrors) {
}

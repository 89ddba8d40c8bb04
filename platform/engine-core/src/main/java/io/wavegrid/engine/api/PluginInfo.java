package io.wavegrid.engine.api;

/**
 * Runtime view of one plugin.
 *
 * @param category         the signal category of a contributor, else null
 * @param weight           the effective weight of a contributor within its category, else null
 * @param lastCandleTime   open time of the last candle the plugin processed; 0 if none
 * @param candlesProcessed calls made into the plugin for closed candles, over all series
 * @param errorCount       calls that threw; each was logged and skipped
 * @param lastError        message of the latest failure, or null
 */
public record PluginInfo(PluginKind kind, String name, String bundle, String version, String category, Double weight,
                         PluginState state, long lastCandleTime, long candlesProcessed, long errorCount,
                         String lastError) {
}

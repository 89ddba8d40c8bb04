package io.wavegrid.engine.api;

public enum PluginState {
    /** Known to the engine and taking part. */
    ACTIVE,
    /** Arrived while the engine ran; being fed the recent candle history. */
    WARMING_UP,
    /** Cannot take part (e.g. its name is already taken); see {@link PluginInfo#lastError()}. */
    FAILED
}

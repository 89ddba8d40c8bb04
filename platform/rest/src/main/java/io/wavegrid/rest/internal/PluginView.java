package io.wavegrid.rest.internal;

import io.wavegrid.engine.api.PluginInfo;

/** JSON shape of a plugin in the runtime view; the kind is its stable lower-case key. */
record PluginView(String kind, String name, String bundle, String version, String category, Double weight, String state,
                  long lastCandleTime, long candlesProcessed, long errorCount, String lastError) {

    static PluginView of(PluginInfo p) {
        return new PluginView(p.kind().key(), p.name(), p.bundle(), p.version(), p.category(), p.weight(), p.state().name(),
                p.lastCandleTime(), p.candlesProcessed(), p.errorCount(), p.lastError());
    }
}

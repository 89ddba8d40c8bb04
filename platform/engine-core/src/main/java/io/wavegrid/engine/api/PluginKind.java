package io.wavegrid.engine.api;

/** Every kind of plugin the engine tracks through the service registry. */
public enum PluginKind {
    INDICATOR("indicator"),
    PATTERN_DETECTOR("pattern-detector"),
    WAVE_ANALYZER("wave-analyzer"),
    LEVEL_PROVIDER("level-provider"),
    REGIME_DETECTOR("regime-detector"),
    SIGNAL_CONTRIBUTOR("signal-contributor"),
    GRID_GENERATOR("grid-generator"),
    EXCHANGE_ADAPTER("exchange-adapter"),
    RISK_RULE("risk-rule");

    private final String key;

    PluginKind(String key) {
        this.key = key;
    }

    /** Stable lower-case name used in JSON and on the console. */
    public String key() {
        return key;
    }
}

import type { PluginInfo } from '../plugins/pluginTypes';

/** A plugin as the engine would report it; tests override what they care about. */
export function plugin(overrides: Partial<PluginInfo> = {}): PluginInfo {
  return {
    kind: 'indicator',
    name: 'RSI',
    bundle: 'io.wavegrid.rsi-macd',
    version: '0.1.0.SNAPSHOT',
    category: 'technical',
    weight: 0.3,
    state: 'ACTIVE',
    lastCandleTime: 1_767_225_600_000,
    candlesProcessed: 1440,
    errorCount: 0,
    lastError: null,
    ...overrides,
  };
}

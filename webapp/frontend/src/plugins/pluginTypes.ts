/** The plugin kinds the engine reports, in the order the page groups them. */
export const PLUGIN_KINDS = [
  'indicator',
  'pattern-detector',
  'wave-analyzer',
  'level-provider',
  'regime-detector',
  'signal-contributor',
  'grid-generator',
  'exchange-adapter',
  'risk-rule',
] as const;

export type PluginKind = (typeof PLUGIN_KINDS)[number];

export const PLUGIN_STATES = ['ACTIVE', 'WARMING_UP', 'FAILED'] as const;

export type PluginState = (typeof PLUGIN_STATES)[number];

/** One element of `GET /api/plugins`, after validation. */
export interface PluginInfo {
  readonly kind: PluginKind;
  readonly name: string;
  readonly bundle: string;
  readonly version: string;
  readonly category: string | null;
  readonly weight: number | null;
  readonly state: PluginState;
  /** Close time of the last candle the plugin processed, epoch milliseconds; 0 if none yet. */
  readonly lastCandleTime: number;
  readonly candlesProcessed: number;
  readonly errorCount: number;
  readonly lastError: string | null;
}

import type { PluginKind, PluginState } from '../plugins/pluginTypes';

/** Times are shown in UTC, as exchanges and candle data use it; candles close on whole minutes. */
export function formatCandleTime(epochMillis: number): string {
  return new Date(epochMillis).toISOString().slice(0, 16).replace('T', ' ');
}

export function formatClock(epochMillis: number): string {
  return `${new Date(epochMillis).toISOString().slice(11, 19)} UTC`;
}

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const weightFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

export function formatCount(value: number): string {
  return integerFormat.format(value);
}

export function formatWeight(value: number | null): string {
  return value === null ? '—' : weightFormat.format(value);
}

export const KIND_LABELS: Record<PluginKind, string> = {
  indicator: 'Indicator',
  'pattern-detector': 'Pattern detector',
  'wave-analyzer': 'Wave analyzer',
  'level-provider': 'Level provider',
  'regime-detector': 'Regime detector',
  'signal-contributor': 'Signal contributor',
  'grid-generator': 'Grid generator',
  'exchange-adapter': 'Exchange adapter',
  'risk-rule': 'Risk rule',
};

export const STATE_LABELS: Record<PluginState, string> = {
  ACTIVE: 'Active',
  WARMING_UP: 'Warming up',
  FAILED: 'Failed',
};

import { describe, expect, it } from 'vitest';
import { plugin } from '../testing/pluginFixtures';
import {
  ADDED_HIGHLIGHT_MS,
  expireRows,
  nextExpiry,
  reconcileRows,
  REMOVED_LINGER_MS,
  type PluginRow,
} from './pluginRows';

const rsi = plugin({ name: 'RSI' });
const macd = plugin({ name: 'MACD' });
const grid = plugin({ kind: 'grid-generator', name: 'Fibonacci grid', bundle: 'io.wavegrid.grid-fibonacci' });

function phases(rows: readonly PluginRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.plugin.name, row.phase]));
}

describe('reconcileRows', () => {
  it('shows the first list without highlights', () => {
    const { rows, added } = reconcileRows([], [rsi, macd], 1000, false);
    expect(phases(rows)).toEqual({ RSI: 'present', MACD: 'present' });
    expect(added).toEqual([]);
  });

  it('highlights a plugin that appears and fades out one that goes', () => {
    const first = reconcileRows([], [rsi, macd], 1000, false).rows;
    const { rows, added, removed } = reconcileRows(first, [rsi, grid], 3000, true);
    expect(phases(rows)).toEqual({ RSI: 'present', 'Fibonacci grid': 'added', MACD: 'removed' });
    expect(added).toEqual([grid]);
    expect(removed).toEqual([macd]);
    expect(rows.find((row) => row.plugin === grid)?.phaseSince).toBe(3000);
  });

  it('updates a kept plugin with its newest values but keeps its phase', () => {
    const first = reconcileRows([], [rsi], 1000, false).rows;
    const withGrid = reconcileRows(first, [rsi, grid], 2000, true).rows;
    const newerGrid = { ...grid, candlesProcessed: 99, state: 'FAILED' as const };
    const { rows } = reconcileRows(withGrid, [rsi, newerGrid], 3000, true);
    const gridRow = rows.find((row) => row.plugin.name === 'Fibonacci grid');
    expect(gridRow).toMatchObject({ plugin: newerGrid, phase: 'added', phaseSince: 2000 });
  });

  it('keeps a removed row fading across polls and does not report it twice', () => {
    const first = reconcileRows([], [rsi, macd], 1000, false).rows;
    const second = reconcileRows(first, [rsi], 2000, true).rows;
    const third = reconcileRows(second, [rsi], 3000, true);
    expect(phases(third.rows)).toEqual({ RSI: 'present', MACD: 'removed' });
    expect(third.rows.find((row) => row.plugin === macd)?.phaseSince).toBe(2000);
    expect(third.removed).toEqual([]);
  });

  it('brings back a plugin that returns while fading out, as an addition', () => {
    const first = reconcileRows([], [rsi, macd], 1000, false).rows;
    const second = reconcileRows(first, [rsi], 2000, true).rows;
    const { rows, added } = reconcileRows(second, [rsi, macd], 2500, true);
    expect(rows).toHaveLength(2);
    expect(phases(rows)).toEqual({ RSI: 'present', MACD: 'added' });
    expect(added).toEqual([macd]);
  });
});

describe('expireRows and nextExpiry', () => {
  const start = reconcileRows([], [rsi, macd], 0, false).rows;
  const changed = reconcileRows(start, [rsi, grid], 10_000, true).rows;

  it('reports when the next transition is due', () => {
    expect(nextExpiry(start)).toBeNull();
    expect(nextExpiry(changed)).toBe(10_000 + Math.min(ADDED_HIGHLIGHT_MS, REMOVED_LINGER_MS));
  });

  it('changes nothing before a transition is due', () => {
    expect(expireRows(changed, 10_000 + REMOVED_LINGER_MS - 1)).toBe(changed);
  });

  it('drops a removed row once it has faded', () => {
    const rows = expireRows(changed, 10_000 + REMOVED_LINGER_MS);
    expect(phases(rows)).toEqual({ RSI: 'present', 'Fibonacci grid': 'added' });
  });

  it('ends the highlight of an added row', () => {
    const rows = expireRows(changed, 10_000 + ADDED_HIGHLIGHT_MS);
    expect(phases(rows)).toEqual({ RSI: 'present', 'Fibonacci grid': 'present' });
    expect(nextExpiry(rows)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { plugin } from '../testing/pluginFixtures';
import { reconcileRows } from './pluginRows';
import { DEFAULT_SORT, groupByKind, sortRows, toggleSort } from './pluginSort';

const rows = reconcileRows(
  [],
  [
    plugin({ kind: 'risk-rule', name: 'Kill switch', state: 'ACTIVE', errorCount: 0 }),
    plugin({ kind: 'indicator', name: 'RSI', state: 'FAILED', errorCount: 3 }),
    plugin({ kind: 'exchange-adapter', name: 'Paper', state: 'ACTIVE', errorCount: 1 }),
    plugin({ kind: 'indicator', name: 'MACD', state: 'WARMING_UP', errorCount: 0 }),
  ],
  0,
  false,
).rows;

const names = (sorted: typeof rows) => sorted.map((row) => row.plugin.name);

describe('sortRows', () => {
  it('orders kinds along the engine pipeline, then by name', () => {
    expect(names(sortRows(rows, DEFAULT_SORT))).toEqual(['MACD', 'RSI', 'Paper', 'Kill switch']);
  });

  it('puts failed plugins first when state is sorted descending', () => {
    expect(names(sortRows(rows, { column: 'state', direction: 'descending' }))).toEqual([
      'RSI',
      'MACD',
      'Kill switch',
      'Paper',
    ]);
  });

  it('sorts names both ways', () => {
    expect(names(sortRows(rows, { column: 'name', direction: 'descending' }))).toEqual([
      'RSI',
      'Paper',
      'MACD',
      'Kill switch',
    ]);
  });

  it('sorts counts numerically, ties by name', () => {
    expect(names(sortRows(rows, { column: 'errorCount', direction: 'ascending' }))).toEqual([
      'Kill switch',
      'MACD',
      'Paper',
      'RSI',
    ]);
  });
});

describe('toggleSort and groupByKind', () => {
  it('flips the direction of the current column and starts another ascending', () => {
    const descending = toggleSort(DEFAULT_SORT, 'kind');
    expect(descending).toEqual({ column: 'kind', direction: 'descending' });
    expect(toggleSort(descending, 'name')).toEqual({ column: 'name', direction: 'ascending' });
  });

  it('groups consecutive rows of one kind', () => {
    const groups = groupByKind(sortRows(rows, DEFAULT_SORT));
    expect(groups.map((group) => [group.kind, group.rows.length])).toEqual([
      ['indicator', 2],
      ['exchange-adapter', 1],
      ['risk-rule', 1],
    ]);
  });
});

import type { PluginRow } from './pluginRows';
import { PLUGIN_KINDS, PLUGIN_STATES, type PluginInfo } from './pluginTypes';

export type SortColumn = 'kind' | 'name' | 'state' | 'lastCandleTime' | 'candlesProcessed' | 'errorCount';
export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

export const DEFAULT_SORT: SortOrder = { column: 'kind', direction: 'ascending' };

type Compare = (a: PluginInfo, b: PluginInfo) => number;

const byName: Compare = (a, b) => a.name.localeCompare(b.name) || a.bundle.localeCompare(b.bundle);

const COMPARATORS: Record<SortColumn, Compare> = {
  // Kinds follow the engine's pipeline order (analysis, signals, grids, execution, risk), not the alphabet.
  kind: (a, b) => PLUGIN_KINDS.indexOf(a.kind) - PLUGIN_KINDS.indexOf(b.kind),
  name: byName,
  // FAILED sorts before WARMING_UP before ACTIVE when descending: the ones needing attention first.
  state: (a, b) => PLUGIN_STATES.indexOf(a.state) - PLUGIN_STATES.indexOf(b.state),
  lastCandleTime: (a, b) => a.lastCandleTime - b.lastCandleTime,
  candlesProcessed: (a, b) => a.candlesProcessed - b.candlesProcessed,
  errorCount: (a, b) => a.errorCount - b.errorCount,
};

/** Sorts by the column, then by name so the order is stable between polls. */
export function sortRows(rows: readonly PluginRow[], order: SortOrder): PluginRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const compare = COMPARATORS[order.column];
  return [...rows].sort((a, b) => sign * compare(a.plugin, b.plugin) || byName(a.plugin, b.plugin));
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function toggleSort(current: SortOrder, column: SortColumn): SortOrder {
  if (current.column !== column) {
    return { column, direction: 'ascending' };
  }
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Consecutive runs of one kind, for the grouped view (rows must already be sorted by kind). */
export function groupByKind(rows: readonly PluginRow[]): { kind: PluginInfo['kind']; rows: PluginRow[] }[] {
  const groups: { kind: PluginInfo['kind']; rows: PluginRow[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.kind === row.plugin.kind) {
      last.rows.push(row);
    } else {
      groups.push({ kind: row.plugin.kind, rows: [row] });
    }
  }
  return groups;
}

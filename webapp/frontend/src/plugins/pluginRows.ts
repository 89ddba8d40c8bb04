import { diffPlugins, keyPlugins } from './pluginDiff';
import type { PluginInfo } from './pluginTypes';

/** How long a new plugin stays highlighted, and how long a removed one stays visible while it fades. */
export const ADDED_HIGHLIGHT_MS = 4000;
export const REMOVED_LINGER_MS = 1500;

export type RowPhase = 'added' | 'present' | 'removed';

export interface PluginRow {
  readonly key: string;
  readonly plugin: PluginInfo;
  readonly phase: RowPhase;
  /** When the row entered its phase, epoch milliseconds. */
  readonly phaseSince: number;
}

export interface Reconciliation {
  readonly rows: PluginRow[];
  readonly added: PluginInfo[];
  readonly removed: PluginInfo[];
}

/**
 * Turns a freshly polled list into table rows. New plugins are marked `added` (unless this is the
 * first list, which would otherwise flash every row); plugins that vanished stay as `removed`
 * rows for a moment so the user sees them leave.
 */
export function reconcileRows(
  rows: readonly PluginRow[],
  plugins: readonly PluginInfo[],
  now: number,
  highlightAdditions: boolean,
): Reconciliation {
  const previousRows = new Map(rows.map((row) => [row.key, row]));
  const visible = new Map(
    rows.filter((row) => row.phase !== 'removed').map((row) => [row.key, row.plugin]),
  );
  const diff = diffPlugins(visible, keyPlugins(plugins));

  const next: PluginRow[] = [];
  for (const [key, plugin] of diff.kept) {
    const row = previousRows.get(key)!;
    next.push({ ...row, plugin });
  }
  for (const [key, plugin] of diff.added) {
    next.push({ key, plugin, phase: highlightAdditions ? 'added' : 'present', phaseSince: now });
  }
  for (const [key, plugin] of diff.removed) {
    next.push({ key, plugin, phase: 'removed', phaseSince: now });
  }
  // Rows already fading out keep fading unless their plugin came back (then it is in `added`).
  for (const row of rows) {
    if (row.phase === 'removed' && !diff.added.has(row.key)) {
      next.push(row);
    }
  }
  return {
    rows: next,
    added: highlightAdditions ? [...diff.added.values()] : [],
    removed: [...diff.removed.values()],
  };
}

/** Ends highlights and drops faded rows whose time is up; returns the same array if nothing changed. */
export function expireRows(rows: PluginRow[], now: number): PluginRow[] {
  let changed = false;
  const next: PluginRow[] = [];
  for (const row of rows) {
    if (row.phase === 'removed' && now - row.phaseSince >= REMOVED_LINGER_MS) {
      changed = true;
    } else if (row.phase === 'added' && now - row.phaseSince >= ADDED_HIGHLIGHT_MS) {
      changed = true;
      next.push({ ...row, phase: 'present', phaseSince: now });
    } else {
      next.push(row);
    }
  }
  return changed ? next : rows;
}

/** The next moment `expireRows` will change something, or null when no row is in transition. */
export function nextExpiry(rows: readonly PluginRow[]): number | null {
  let earliest: number | null = null;
  for (const row of rows) {
    const due =
      row.phase === 'added'
        ? row.phaseSince + ADDED_HIGHLIGHT_MS
        : row.phase === 'removed'
          ? row.phaseSince + REMOVED_LINGER_MS
          : null;
    if (due !== null && (earliest === null || due < earliest)) {
      earliest = due;
    }
  }
  return earliest;
}

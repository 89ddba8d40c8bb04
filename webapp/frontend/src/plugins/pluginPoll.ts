import type { PluginApiFailureKind } from './fetchPlugins';
import { expireRows, reconcileRows, type PluginRow } from './pluginRows';
import type { PluginInfo } from './pluginTypes';

export interface PollFailure {
  readonly kind: PluginApiFailureKind;
  readonly message: string;
  readonly at: number;
}

/** What the page shows: the rows of the last good list, and the last failure if the latest poll failed. */
export interface PluginPollState {
  readonly rows: PluginRow[];
  /** Time of the last good list, or null before the first one. */
  readonly updatedAt: number | null;
  readonly failure: PollFailure | null;
  /** Sentence for screen readers about the latest change; empty when nothing changed. */
  readonly announcement: string;
}

export type PluginPollAction =
  | { readonly type: 'received'; readonly plugins: readonly PluginInfo[]; readonly now: number }
  | { readonly type: 'failed'; readonly kind: PluginApiFailureKind; readonly message: string; readonly now: number }
  | { readonly type: 'tick'; readonly now: number };

export const INITIAL_POLL_STATE: PluginPollState = {
  rows: [],
  updatedAt: null,
  failure: null,
  announcement: '',
};

/** A failed poll keeps the rows of the last good list: stale data, clearly flagged, beats a blank page. */
export function pluginPollReducer(state: PluginPollState, action: PluginPollAction): PluginPollState {
  switch (action.type) {
    case 'received': {
      const firstList = state.updatedAt === null;
      const { rows, added, removed } = reconcileRows(state.rows, action.plugins, action.now, !firstList);
      return { rows, updatedAt: action.now, failure: null, announcement: announce(added, removed) };
    }
    case 'failed':
      return {
        ...state,
        failure: { kind: action.kind, message: action.message, at: action.now },
        announcement: '',
      };
    case 'tick': {
      const rows = expireRows(state.rows, action.now);
      return rows === state.rows ? state : { ...state, rows };
    }
  }
}

function announce(added: readonly PluginInfo[], removed: readonly PluginInfo[]): string {
  const parts = [
    ...added.map((plugin) => `${plugin.kind} ${plugin.name} added`),
    ...removed.map((plugin) => `${plugin.kind} ${plugin.name} removed`),
  ];
  return parts.join('; ');
}

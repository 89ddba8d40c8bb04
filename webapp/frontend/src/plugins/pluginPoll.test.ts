import { describe, expect, it } from 'vitest';
import { plugin } from '../testing/pluginFixtures';
import { INITIAL_POLL_STATE, pluginPollReducer, type PluginPollState } from './pluginPoll';
import { REMOVED_LINGER_MS } from './pluginRows';

const rsi = plugin({ name: 'RSI' });
const grid = plugin({ kind: 'grid-generator', name: 'Standard grid', bundle: 'io.wavegrid.grid-standard' });

function received(state: PluginPollState, plugins = [rsi], now = 1000): PluginPollState {
  return pluginPollReducer(state, { type: 'received', plugins, now });
}

describe('pluginPollReducer', () => {
  it('records the first list without announcing every plugin', () => {
    const state = received(INITIAL_POLL_STATE, [rsi, grid]);
    expect(state.rows).toHaveLength(2);
    expect(state.updatedAt).toBe(1000);
    expect(state.announcement).toBe('');
  });

  it('announces additions and removals', () => {
    const first = received(INITIAL_POLL_STATE, [rsi]);
    const added = received(first, [rsi, grid], 3000);
    expect(added.announcement).toBe('grid-generator Standard grid added');
    const removed = received(added, [rsi], 5000);
    expect(removed.announcement).toBe('grid-generator Standard grid removed');
  });

  it('keeps the last good list when a poll fails, and clears the failure on the next success', () => {
    const good = received(INITIAL_POLL_STATE, [rsi, grid]);
    const failed = pluginPollReducer(good, {
      type: 'failed',
      kind: 'malformed',
      message: '/api/plugins: response is not JSON',
      now: 3000,
    });
    expect(failed.rows).toBe(good.rows);
    expect(failed.updatedAt).toBe(1000);
    expect(failed.failure).toEqual({ kind: 'malformed', message: '/api/plugins: response is not JSON', at: 3000 });

    const recovered = received(failed, [rsi, grid], 5000);
    expect(recovered.failure).toBeNull();
    expect(recovered.updatedAt).toBe(5000);
  });

  it('reports a failure before any list without inventing rows', () => {
    const state = pluginPollReducer(INITIAL_POLL_STATE, {
      type: 'failed',
      kind: 'unreachable',
      message: 'cannot reach /api/plugins: Failed to fetch',
      now: 1000,
    });
    expect(state.rows).toEqual([]);
    expect(state.updatedAt).toBeNull();
    expect(state.failure?.kind).toBe('unreachable');
  });

  it('returns the same state for a tick that changes nothing, so React skips the render', () => {
    const state = received(INITIAL_POLL_STATE);
    expect(pluginPollReducer(state, { type: 'tick', now: 2000 })).toBe(state);
  });

  it('drops a faded row on the tick that is due', () => {
    const removed = received(received(INITIAL_POLL_STATE, [rsi, grid]), [rsi], 2000);
    const ticked = pluginPollReducer(removed, { type: 'tick', now: 2000 + REMOVED_LINGER_MS });
    expect(ticked.rows.map((row) => row.plugin.name)).toEqual(['RSI']);
  });
});

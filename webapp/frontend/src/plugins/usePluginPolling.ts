import { useEffect, useReducer } from 'react';
import { fetchPluginList, PluginApiError } from './fetchPlugins';
import { INITIAL_POLL_STATE, pluginPollReducer, type PluginPollState } from './pluginPoll';
import { nextExpiry } from './pluginRows';

export const POLL_INTERVAL_MS = 2000;
const REQUEST_TIMEOUT_MS = 5000;

/**
 * Polls the plugin list every POLL_INTERVAL_MS. The next request starts only after the previous
 * one has finished, so a slow engine is never hit by overlapping requests.
 */
export function usePluginPolling(url: string): PluginPollState {
  const [state, dispatch] = useReducer(pluginPollReducer, INITIAL_POLL_STATE);

  useEffect(() => {
    let stopped = false;
    let pollTimer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: AbortController | undefined;

    async function poll(): Promise<void> {
      inFlight = new AbortController();
      const timeout = setTimeout(() => inFlight?.abort(), REQUEST_TIMEOUT_MS);
      try {
        const plugins = await fetchPluginList(url, inFlight.signal);
        if (!stopped) {
          dispatch({ type: 'received', plugins, now: Date.now() });
        }
      } catch (error) {
        if (!stopped) {
          const failure =
            error instanceof PluginApiError
              ? error
              : new PluginApiError('malformed', `unexpected error: ${String(error)}`);
          dispatch({ type: 'failed', kind: failure.kind, message: failure.message, now: Date.now() });
        }
      } finally {
        clearTimeout(timeout);
        if (!stopped) {
          pollTimer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
        }
      }
    }

    void poll();
    return () => {
      stopped = true;
      clearTimeout(pollTimer);
      inFlight?.abort();
    };
  }, [url]);

  // Ends highlights and removes faded rows exactly when they are due, independent of the poll.
  const due = nextExpiry(state.rows);
  useEffect(() => {
    if (due === null) {
      return undefined;
    }
    // Never tick before `due`: timers may fire a millisecond early, and an early tick would change
    // nothing and leave no timer for the transition.
    const fire = () => dispatch({ type: 'tick', now: Math.max(Date.now(), due) });
    const timer = setTimeout(fire, Math.max(0, due - Date.now()));
    return () => clearTimeout(timer);
  }, [due]);

  return state;
}

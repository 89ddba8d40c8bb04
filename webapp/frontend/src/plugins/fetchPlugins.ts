import { parsePluginList, PluginListFormatError } from './parsePlugins';
import type { PluginInfo } from './pluginTypes';

export const PLUGINS_URL = '/api/plugins';

export type PluginApiFailureKind = 'unreachable' | 'http-status' | 'malformed';

/** Why a poll produced no list; `message` is shown to the user as is. */
export class PluginApiError extends Error {
  constructor(
    readonly kind: PluginApiFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'PluginApiError';
  }
}

/**
 * One `GET /api/plugins`. Every failure, whatever its cause, comes out as a PluginApiError so the
 * page can say plainly what went wrong.
 */
export async function fetchPluginList(
  url: string,
  signal: AbortSignal,
  fetchFn: typeof fetch = fetch,
): Promise<PluginInfo[]> {
  let response: Response;
  let body: string;
  try {
    response = await fetchFn(url, { signal, headers: { Accept: 'application/json' }, cache: 'no-store' });
    body = await response.text();
  } catch (error) {
    const reason = signal.aborted ? 'no answer in time' : (error as Error).message;
    throw new PluginApiError('unreachable', `cannot reach ${url}: ${reason}`);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new PluginApiError('http-status', `${url} answered HTTP ${status}`);
  }
  try {
    return parsePluginList(body);
  } catch (error) {
    if (error instanceof PluginListFormatError) {
      throw new PluginApiError('malformed', `${url}: ${error.message}`);
    }
    throw error;
  }
}

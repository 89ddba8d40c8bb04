import { describe, expect, it } from 'vitest';
import { plugin } from '../testing/pluginFixtures';
import { fetchPluginList, PluginApiError } from './fetchPlugins';

/** Answers every request with the given response, as a server would; records what was asked. */
function answering(response: () => Response) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests.push({ url: String(input), init });
    return response();
  };
  return { fetchFn: fetchFn as typeof fetch, requests };
}

async function failureOf(promise: Promise<unknown>): Promise<PluginApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PluginApiError);
    return error as PluginApiError;
  }
  throw new Error('expected the request to fail');
}

describe('fetchPluginList', () => {
  it('returns the parsed list and asks for JSON, bypassing the cache', async () => {
    const { fetchFn, requests } = answering(() => Response.json([plugin()]));
    const plugins = await fetchPluginList('/api/plugins', new AbortController().signal, fetchFn);
    expect(plugins).toEqual([plugin()]);
    expect(requests[0]?.init).toMatchObject({ headers: { Accept: 'application/json' }, cache: 'no-store' });
  });

  it('reports an HTTP error status', async () => {
    const { fetchFn } = answering(() => new Response('down', { status: 503, statusText: 'Service Unavailable' }));
    const error = await failureOf(fetchPluginList('/api/plugins', new AbortController().signal, fetchFn));
    expect(error.kind).toBe('http-status');
    expect(error.message).toBe('/api/plugins answered HTTP 503 Service Unavailable');
  });

  it('reports a body that is not the plugin list', async () => {
    const { fetchFn } = answering(() => new Response('[{"kind":"indicator"}]', { status: 200 }));
    const error = await failureOf(fetchPluginList('/api/plugins', new AbortController().signal, fetchFn));
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/^\/api\/plugins: plugin #0: field "name" must be a non-empty string/);
  });

  it('reports a network failure', async () => {
    const fetchFn = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const error = await failureOf(fetchPluginList('/api/plugins', new AbortController().signal, fetchFn));
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe('cannot reach /api/plugins: Failed to fetch');
  });

  it('reports a request abandoned after the timeout', async () => {
    const controller = new AbortController();
    const fetchFn = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const pending = fetchPluginList('/api/plugins', controller.signal, fetchFn);
    controller.abort();
    const error = await failureOf(pending);
    expect(error.message).toBe('cannot reach /api/plugins: no answer in time');
  });
});

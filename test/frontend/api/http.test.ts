import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  contextPathFromPage,
  createHttp,
  http,
  path,
  ROOT_ELEMENT_ID,
} from '../../../src/main/frontend/api/http';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers `response` and remembers what it was asked. */
function fakeFetch(response: () => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return response();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function headersOf(call: Call | undefined): Record<string, string> {
  return (call?.init.headers ?? {}) as Record<string, string>;
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('createHttp', () => {
  it('builds <contextPath>/rest/tablewise/1.0/<path>?<query>, skipping empty values', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { ok: true }));
    const client = createHttp({ baseUrl: '/jira/', fetch });
    await client.get('/tables/AO_1/rows', { query: { limit: 10, after: undefined, reveal: false, x: null } });
    expect(calls[0]?.url).toBe('/jira/rest/tablewise/1.0/tables/AO_1/rows?limit=10&reveal=false');
  });

  it('accepts a root context path and an absolute base for Node', () => {
    expect(createHttp({ baseUrl: '' }).url('tables')).toBe('/rest/tablewise/1.0/tables');
    expect(createHttp({ baseUrl: 'https://jira.example.com/jira' }).url('/tables', { a: 'b c' })).toBe(
      'https://jira.example.com/jira/rest/tablewise/1.0/tables?a=b+c',
    );
  });

  it.each(['//evil.example', 'javascript:alert(1)', 'jira', 'ftp://host'])(
    'refuses %s as a base, so a page attribute cannot send requests elsewhere',
    (baseUrl) => {
      expect(() => createHttp({ baseUrl }).url('/tables')).toThrow(/Not a context path/);
    },
  );

  it('sends GETs with JSON accept, same-origin credentials and no XSRF header', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    await createHttp({ baseUrl: '', fetch }).get('/tables');
    expect(calls[0]?.init.method).toBe('GET');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(calls[0]?.init.body).toBeUndefined();
    expect(headersOf(calls[0])).toEqual({ Accept: 'application/json' });
  });

  it.each(['POST', 'PUT', 'DELETE'] as const)('marks %s with X-Atlassian-Token: no-check', async (method) => {
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    await createHttp({ baseUrl: '', fetch }).request(method, '/exports/1', { body: { rows: 1 } });
    expect(headersOf(calls[0])['X-Atlassian-Token']).toBe('no-check');
    expect(headersOf(calls[0])['Content-Type']).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"rows":1}');
    expect(calls[0]?.init.credentials).toBe('same-origin');
  });

  it('sends no Content-Type on a mutation without a body', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 204 }));
    await createHttp({ baseUrl: '', fetch }).delete('/exports/1');
    expect(headersOf(calls[0])['Content-Type']).toBeUndefined();
    expect(headersOf(calls[0])['X-Atlassian-Token']).toBe('no-check');
  });

  it('adds configured headers (the CLI authenticates this way)', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    await createHttp({ baseUrl: '', fetch, headers: { Authorization: 'Bearer t' } }).get('/tables');
    expect(headersOf(calls[0]).Authorization).toBe('Bearer t');
  });

  it('returns the parsed JSON body, and undefined for 204', async () => {
    const ok = fakeFetch(() => json(200, { schema: 'public', tables: [] }));
    expect(await createHttp({ baseUrl: '', fetch: ok.fetch }).get('/tables')).toEqual({ schema: 'public', tables: [] });
    const empty = fakeFetch(() => new Response(null, { status: 204 }));
    expect(await createHttp({ baseUrl: '', fetch: empty.fetch }).put('/exports/1', {})).toBeUndefined();
  });

  it('turns an error envelope into an ApiError with its code, message and status', async () => {
    const { fetch } = fakeFetch(() => json(404, { errorCode: 'NOT_FOUND', message: 'No table "X"' }));
    const error = await caught(createHttp({ baseUrl: '', fetch }).get('/tables/X'));
    expect(error.errorCode).toBe('NOT_FOUND');
    expect(error.message).toBe('No table "X"');
    expect(error.status).toBe(404);
    expect(error.name).toBe('ApiError');
  });

  it.each([
    ['an HTML error page', () => new Response('<html>Proxy Error</html>', { status: 502, statusText: 'Bad Gateway' })],
    ['JSON that is not the envelope', () => json(500, { error: 'boom' })],
    ['an envelope with a code outside the contract', () => json(400, { errorCode: 'NEW_CODE', message: 'x' })],
    ['an empty body', () => new Response(null, { status: 401 })],
  ])('maps %s to UNEXPECTED_RESPONSE, keeping the status', async (_name, response) => {
    const { fetch } = fakeFetch(response);
    const error = await caught(createHttp({ baseUrl: '', fetch }).get('/tables'));
    expect(error.errorCode).toBe('UNEXPECTED_RESPONSE');
    expect(error.status).toBe(response().status);
  });

  it('maps a 2xx body that is not JSON to UNEXPECTED_RESPONSE', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>login</html>', { status: 200 }));
    const error = await caught(createHttp({ baseUrl: '', fetch }).get('/tables'));
    expect(error.errorCode).toBe('UNEXPECTED_RESPONSE');
    expect(error.status).toBe(200);
  });

  it('maps a failed fetch to NETWORK_ERROR with status 0 and the cause', async () => {
    const failure = new TypeError('Failed to fetch');
    const client = createHttp({ baseUrl: '', fetch: () => Promise.reject(failure) });
    const error = await caught(client.get('/tables'));
    expect(error.errorCode).toBe('NETWORK_ERROR');
    expect(error.status).toBe(0);
    expect(error.cause).toBe(failure);
  });

  it('passes the AbortSignal to fetch and lets the abort through unwrapped', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | null | undefined;
    const client = createHttp({
      baseUrl: '',
      fetch: (_url, init) => {
        seen = init?.signal;
        return new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
        );
      },
    });
    const pending = client.get('/tables', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBe(controller.signal);
  });

  it('reads a function base at each call', async () => {
    let base = '/a';
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    const client = createHttp({ baseUrl: () => base, fetch });
    await client.get('/tables');
    base = '/b';
    await client.get('/tables');
    expect(calls.map((c) => c.url)).toEqual(['/a/rest/tablewise/1.0/tables', '/b/rest/tablewise/1.0/tables']);
  });
});

describe('path', () => {
  it('encodes each interpolation as a single path segment', () => {
    const table = '../audit?x=1#y/z';
    expect(path`/tables/${table}/rows`).toBe('/tables/..%2Faudit%3Fx%3D1%23y%2Fz/rows');
    expect(path`/exports/${42}`).toBe('/exports/42');
  });
});

describe('the browser instance', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('takes the context path from the root element when first used', async () => {
    document.body.innerHTML = `<div id="${ROOT_ELEMENT_ID}" data-context-path="/confluence"></div>`;
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    vi.stubGlobal('fetch', fetch);
    await http.get('/tables');
    expect(calls[0]?.url).toBe('/confluence/rest/tablewise/1.0/tables');
  });

  it('says clearly when the page has no root element', () => {
    expect(() => contextPathFromPage()).toThrow(`#${ROOT_ELEMENT_ID} with data-context-path is missing`);
  });
});

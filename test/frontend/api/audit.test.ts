import { describe, expect, it } from 'vitest';
import { createAuditApi } from '../../../src/main/frontend/api/audit';
import { createExportsApi } from '../../../src/main/frontend/api/exports';
import { createHttp } from '../../../src/main/frontend/api/http';

/** The real helper over a fetch that records what it was asked. */
function recordingHttp(status = 200, body: unknown = { entries: [], nextBefore: null }) {
  const calls: Array<{ url: string; method: string; body: unknown }> = [];
  const http = createHttp({
    baseUrl: '/jira',
    fetch: async (url, init) => {
      calls.push({ url: String(url), method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined });
      return new Response(status === 204 ? null : JSON.stringify(body), { status });
    },
  });
  return { http, calls };
}

describe('auditApi', () => {
  it('reads the newest entries with GET /audit', async () => {
    const { http, calls } = recordingHttp();
    expect(await createAuditApi(http).page()).toEqual({ entries: [], nextBefore: null });
    expect(calls).toEqual([{ url: '/jira/rest/tablewise/1.0/audit', method: 'GET', body: undefined }]);
  });

  it('pages back with before and limit', async () => {
    const { http, calls } = recordingHttp();
    await createAuditApi(http).page({ before: 120, limit: 50 });
    expect(calls[0]?.url).toBe('/jira/rest/tablewise/1.0/audit?before=120&limit=50');
  });
});

describe('exportsApi', () => {
  it('closes an export with PUT /exports/{id}, the id encoded', async () => {
    const { http, calls } = recordingHttp(204);
    await createExportsApi(http).finish('a/b', { outcome: 'FAILED', rows: 10, bytes: 99, message: 'closed' });
    expect(calls).toEqual([
      { url: '/jira/rest/tablewise/1.0/exports/a%2Fb', method: 'PUT', body: { outcome: 'FAILED', rows: 10, bytes: 99, message: 'closed' } },
    ]);
  });
});

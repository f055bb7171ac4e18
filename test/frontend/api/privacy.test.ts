import { describe, expect, it } from 'vitest';
import type { Http } from '../../../src/main/frontend/api/http';
import { createPrivacyApi } from '../../../src/main/frontend/api/privacy';

/** An Http that records calls; the helper itself is covered by http.test.ts. */
function recordingHttp() {
  const calls: Array<{ method: string; path: string; body?: unknown }> = [];
  const answer = (method: string) => (path: string, bodyOrOptions?: unknown) => {
    calls.push(method === 'PUT' ? { method, path, body: bodyOrOptions } : { method, path });
    return Promise.resolve({});
  };
  const http = { get: answer('GET'), put: answer('PUT'), delete: answer('DELETE') } as unknown as Http;
  return { http, calls };
}

describe('privacyApi', () => {
  it('reads and saves the retention period at /retention and purges everything with DELETE /data', async () => {
    const { http, calls } = recordingHttp();
    const api = createPrivacyApi(http);
    await api.retention();
    await api.updateRetention({ auditDays: 30 });
    await api.purgeAll();
    expect(calls).toEqual([
      { method: 'GET', path: '/retention' },
      { method: 'PUT', path: '/retention', body: { auditDays: 30 } },
      { method: 'DELETE', path: '/data' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Http } from '../../../src/main/frontend/api/http';
import { createAnalyticsApi } from '../../../src/main/frontend/api/analytics';
import type { AnalyticsSettings } from '../../../src/main/frontend/api/types';

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

describe('analyticsApi', () => {
  it('reads the view and the preview with GET', async () => {
    const { http, calls } = recordingHttp();
    const api = createAnalyticsApi(http);
    await api.get();
    await api.preview();
    expect(calls).toEqual([
      { method: 'GET', path: '/analytics' },
      { method: 'GET', path: '/analytics/preview' },
    ]);
  });

  it('saves every setting with PUT /analytics', async () => {
    const { http, calls } = recordingHttp();
    const settings: AnalyticsSettings = {
      enabled: true,
      endpoint: 'https://collector.example.com/in',
      batchSize: 500,
      maxStoredEvents: 10000,
    };
    await createAnalyticsApi(http).update(settings);
    expect(calls).toEqual([{ method: 'PUT', path: '/analytics', body: settings }]);
  });

  it('purges with DELETE /analytics/events', async () => {
    const { http, calls } = recordingHttp();
    await createAnalyticsApi(http).purge();
    expect(calls).toEqual([{ method: 'DELETE', path: '/analytics/events' }]);
  });
});
